using IceCareers.Internal;
using IceCareers.Roles;

namespace IceCareers.Hiring;

/// <summary>
/// One applicant's way through a role's hiring pipeline. It moves only forward, one stage at a time; it can fail or be
/// withdrawn at any stage; passing the last stage completes it. Every move returns a new instance and is kept in
/// <see cref="History"/>. Any other move throws <see cref="InvalidOperationException"/> naming the current stage and
/// the moves allowed. Immutable; serialises to JSON and back, and a stored history that could not have happened is
/// refused on reading.
/// </summary>
public sealed class HiringApplication
{
    private readonly IReadOnlyList<string> _stageIds;
    private readonly IReadOnlyList<ApplicationEvent> _history;

    private HiringApplication(string roleId, string pipelineId, IReadOnlyList<string> stageIds, IReadOnlyList<ApplicationEvent> history)
    {
        RoleId = roleId;
        PipelineId = pipelineId;
        _stageIds = stageIds;
        _history = history;
        var last = history[^1];
        CurrentStageId = last.StageId;
        Status = last.Move switch
        {
            ApplicationMove.Completed => ApplicationStatus.Completed,
            ApplicationMove.Failed => ApplicationStatus.Failed,
            ApplicationMove.Withdrawn => ApplicationStatus.Withdrawn,
            _ => ApplicationStatus.InProgress,
        };
    }

    /// <summary>The role applied for.</summary>
    public string RoleId { get; }

    /// <summary>The pipeline the application follows.</summary>
    public string PipelineId { get; }

    /// <summary>The pipeline's stage ids, in order, as they were when the application started.</summary>
    public IReadOnlyList<string> StageIds => _stageIds;

    /// <summary>Every move, oldest first; the first is always <see cref="ApplicationMove.Started"/>.</summary>
    public IReadOnlyList<ApplicationEvent> History => _history;

    /// <summary>The stage the applicant is at, or the stage where the application ended.</summary>
    public string CurrentStageId { get; }

    /// <summary>Where the application stands.</summary>
    public ApplicationStatus Status { get; }

    /// <summary>The date of the latest move.</summary>
    public DateOnly LastMoveDate => _history[^1].Date;

    /// <summary>Opens an application at the first stage of <paramref name="pipeline"/>.</summary>
    /// <param name="role">The role applied for.</param>
    /// <param name="pipeline">The role's pipeline (<see cref="CareerCatalog.GetPipeline(Role)"/>).</param>
    /// <param name="date">The date the application starts.</param>
    /// <returns>An application at stage 1.</returns>
    /// <exception cref="ArgumentException"><paramref name="pipeline"/> is not the role's pipeline, or has no stages.</exception>
    public static HiringApplication Start(Role role, HiringPipeline pipeline, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(role);
        ArgumentNullException.ThrowIfNull(pipeline);
        if (pipeline.Id != role.PipelineId)
        {
            throw new ArgumentException($"Role '{role.Id}' follows pipeline '{role.PipelineId}', not '{pipeline.Id}'.", nameof(pipeline));
        }

        if (pipeline.Stages.Count == 0)
        {
            throw new ArgumentException($"Pipeline '{pipeline.Id}' has no stages.", nameof(pipeline));
        }

        var stageIds = Frozen.List(pipeline.Stages.Select(s => s.Id));
        return new HiringApplication(role.Id, pipeline.Id, stageIds, Frozen.List([new ApplicationEvent { Move = ApplicationMove.Started, StageId = stageIds[0], Date = date }]));
    }

    /// <summary>
    /// Rebuilds an application from a stored history, checking that the history could have happened (starts at stage 1,
    /// moves forward one stage at a time, ends at most once, dates never go back).
    /// </summary>
    /// <param name="roleId">The role applied for.</param>
    /// <param name="pipelineId">The pipeline followed.</param>
    /// <param name="stageIds">The pipeline's stage ids, in order.</param>
    /// <param name="history">The moves, oldest first.</param>
    /// <returns>The application.</returns>
    /// <exception cref="ArgumentException">The history is impossible; the message says at which move and why.</exception>
    public static HiringApplication Restore(string roleId, string pipelineId, IEnumerable<string> stageIds, IEnumerable<ApplicationEvent> history)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(roleId);
        ArgumentException.ThrowIfNullOrWhiteSpace(pipelineId);
        var stages = Frozen.List(stageIds);
        var moves = Frozen.List(history);
        if (stages.Count == 0 || stages.Distinct(StringComparer.Ordinal).Count() != stages.Count)
        {
            throw new ArgumentException("The stage ids must be a non-empty list without repeats.", nameof(stageIds));
        }

        if (moves.Count == 0 || moves[0].Move != ApplicationMove.Started || moves[0].StageId != stages[0])
        {
            throw new ArgumentException($"A history must begin with Started at the first stage '{stages[0]}'.", nameof(history));
        }

        var application = new HiringApplication(roleId, pipelineId, stages, Frozen.List([moves[0]]));
        for (var i = 1; i < moves.Count; i++)
        {
            var move = moves[i];
            try
            {
                var next = move.Move switch
                {
                    ApplicationMove.Advanced or ApplicationMove.Completed => application.Advance(move.Date),
                    ApplicationMove.Failed => application.Fail(move.Reason ?? "", move.Date),
                    ApplicationMove.Withdrawn => application.Withdraw(move.Date),
                    _ => throw new InvalidOperationException("Started may only be the first move."),
                };
                var recorded = next._history[^1];
                if (recorded.Move != move.Move || recorded.StageId != move.StageId)
                {
                    throw new InvalidOperationException($"after stage '{application.CurrentStageId}' the move is {recorded.Move} at '{recorded.StageId}', not {move.Move} at '{move.StageId}'.");
                }

                application = next;
            }
            catch (InvalidOperationException e)
            {
                throw new ArgumentException($"Impossible history at move {i + 1} ({move}): {e.Message}", nameof(history), e);
            }
        }

        return application;
    }

    /// <summary>Passes the current stage: moves to the next one, or completes the application after the last.</summary>
    /// <param name="date">The date of the move; not before the latest move.</param>
    /// <returns>The moved application.</returns>
    /// <exception cref="InvalidOperationException">The application has ended, or <paramref name="date"/> is before the latest move.</exception>
    public HiringApplication Advance(DateOnly date)
    {
        EnsureCanMove("advance", date);
        var index = CurrentIndex;
        var move = index == _stageIds.Count - 1
            ? new ApplicationEvent { Move = ApplicationMove.Completed, StageId = CurrentStageId, Date = date }
            : new ApplicationEvent { Move = ApplicationMove.Advanced, StageId = _stageIds[index + 1], Date = date };
        return With(move);
    }

    /// <summary>Ends the application as failed at the current stage.</summary>
    /// <param name="reason">What failed, e.g. "did not pass the 1.5-mile run".</param>
    /// <param name="date">The date of the move; not before the latest move.</param>
    /// <returns>The failed application.</returns>
    /// <exception cref="InvalidOperationException">The application has ended, or <paramref name="date"/> is before the latest move.</exception>
    public HiringApplication Fail(string reason, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(reason);
        EnsureCanMove("fail", date);
        return With(new ApplicationEvent { Move = ApplicationMove.Failed, StageId = CurrentStageId, Date = date, Reason = reason });
    }

    /// <summary>Ends the application as withdrawn at the current stage.</summary>
    /// <param name="date">The date of the move; not before the latest move.</param>
    /// <returns>The withdrawn application.</returns>
    /// <exception cref="InvalidOperationException">The application has ended, or <paramref name="date"/> is before the latest move.</exception>
    public HiringApplication Withdraw(DateOnly date)
    {
        EnsureCanMove("withdraw", date);
        return With(new ApplicationEvent { Move = ApplicationMove.Withdrawn, StageId = CurrentStageId, Date = date });
    }

    /// <summary>Moves to a named stage; allowed only for the next stage (the same as <see cref="Advance"/>), so skipping and going back are refused with a clear message.</summary>
    /// <param name="stageId">The stage to move to.</param>
    /// <param name="date">The date of the move.</param>
    /// <returns>The moved application.</returns>
    /// <exception cref="InvalidOperationException">The stage is not the next one, or the application has ended.</exception>
    public HiringApplication MoveTo(string stageId, DateOnly date)
    {
        EnsureCanMove("move to '" + stageId + "'", date);
        var target = IndexOf(stageId);
        var next = CurrentIndex + 1;
        if (target != next)
        {
            var what = target < 0 ? "is not a stage of pipeline '" + PipelineId + "'" : target <= CurrentIndex ? "would go back" : "would skip " + (target - next) + " stage(s)";
            throw new InvalidOperationException($"Cannot move to '{stageId}': it {what}. {Describe()}");
        }

        return Advance(date);
    }

    /// <inheritdoc />
    public override string ToString() => $"{RoleId}: {Status} at '{CurrentStageId}' ({CurrentIndex + 1} of {_stageIds.Count}) since {LastMoveDate:yyyy-MM-dd}";

    private int CurrentIndex => IndexOf(CurrentStageId);

    private int IndexOf(string stageId)
    {
        for (var i = 0; i < _stageIds.Count; i++)
        {
            if (_stageIds[i] == stageId)
            {
                return i;
            }
        }

        return -1;
    }

    private void EnsureCanMove(string move, DateOnly date)
    {
        if (Status != ApplicationStatus.InProgress)
        {
            throw new InvalidOperationException($"Cannot {move}: the application is {Status} at stage '{CurrentStageId}'. {Describe()}");
        }

        if (date < LastMoveDate)
        {
            throw new InvalidOperationException(FormattableString.Invariant(
                $"Cannot {move} on {date:yyyy-MM-dd}: the latest move was on {LastMoveDate:yyyy-MM-dd}. {Describe()}"));
        }
    }

    private string Describe()
    {
        if (Status != ApplicationStatus.InProgress)
        {
            return "No move is allowed after the application has ended.";
        }

        var index = CurrentIndex;
        var advance = index == _stageIds.Count - 1 ? "Advance (completes the application)" : $"Advance to '{_stageIds[index + 1]}'";
        return $"Current stage: '{CurrentStageId}' ({index + 1} of {_stageIds.Count}). Allowed moves: {advance}, Fail, Withdraw.";
    }

    private HiringApplication With(ApplicationEvent move) =>
        new(RoleId, PipelineId, _stageIds, Frozen.List(_history.Append(move)));
}
