using System.Collections.ObjectModel;
using System.Globalization;
using IceCareers.Candidates;
using IceCareers.Internal;
using IceCareers.Roles;
using IceCareers.Training;

namespace IceCareers.Careers;

/// <summary>
/// The training that follows hiring into a role, for a given date: the programs in order with the lengths in force on
/// that date, their total, and the expected end for a start date. Immutable.
/// </summary>
/// <remarks>
/// Dates are computed on training days: a program of N training days at D days a week runs on the first D weekdays
/// (Monday first) of each week from its start; a program given only in weeks runs for that many calendar weeks.
/// Federal holidays and gaps between programs are not modelled, so the end date is the earliest plausible one.
/// </remarks>
public sealed class TrainingPlan
{
    private readonly IReadOnlyList<PlannedProgram> _programs = [];

    /// <summary>The role the plan is for.</summary>
    public required string RoleId { get; init; }

    /// <summary>The date whose rules and lengths the plan uses.</summary>
    public required DateOnly PlanDate { get; init; }

    /// <summary>The programs, in the order they are taken (empty for roles without a training program).</summary>
    public required IReadOnlyList<PlannedProgram> Programs { get => _programs; init => _programs = Frozen.List(value); }

    /// <summary>The sum of the programs' training days, where every program counts in days; otherwise <see langword="null"/>.</summary>
    public int? TotalTrainingDays => _programs.All(p => p.TrainingDays is not null) ? _programs.Sum(p => p.TrainingDays!.Value) : null;

    /// <summary>A total the agency states for the whole path (e.g. ICE's "about 22 weeks" for HSI), which may differ from the sum of the programs.</summary>
    public StatedDuration? StatedTotal { get; init; }

    /// <summary>Builds the plan for <paramref name="role"/> on <paramref name="planDate"/>.</summary>
    /// <param name="catalog">The catalog the role comes from.</param>
    /// <param name="role">The role.</param>
    /// <param name="planDate">The date whose rules apply (usually the training start).</param>
    /// <param name="languages">
    /// The trainee's languages, if known. A program with a language test-out is left out when the trainee has the
    /// proficiency; when this is <see langword="null"/> it stays in with a note.
    /// </param>
    /// <returns>The plan.</returns>
    public static TrainingPlan Create(CareerCatalog catalog, Role role, DateOnly planDate, IReadOnlyList<LanguageSkill>? languages = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(role);
        var planned = new List<PlannedProgram>();
        foreach (var program in catalog.GetTrainingPrograms(role))
        {
            if (program.Required is { } required && (!required.TryGetAt(planDate, out var inForce) || !inForce.Value))
            {
                continue;
            }

            string? note = null;
            if (program.TestOut is { } testOut)
            {
                if (languages is null)
                {
                    note = $"Skipped if the trainee tests out with {testOut.Proficiency} {testOut.Language} or better.";
                }
                else if (languages.Any(l => string.Equals(l.Language, testOut.Language, StringComparison.OrdinalIgnoreCase) && l.Proficiency >= testOut.Proficiency))
                {
                    continue;
                }
            }

            if (!program.Length.TryGetAt(planDate, out var length))
            {
                throw new InvalidOperationException(FormattableString.Invariant($"The data gives no length for '{program.Id}' on {planDate:yyyy-MM-dd}."));
            }

            planned.Add(new PlannedProgram
            {
                ProgramId = program.Id,
                Name = program.Name,
                Provider = program.Provider,
                Location = program.Location,
                TrainingDays = length.Value.TrainingDays,
                Weeks = length.Value.Weeks,
                DaysPerWeek = length.Value.DaysPerWeek ?? 5,
                Failure = program.Failure.Text,
                LengthSources = length.Sources,
                Note = note,
            });
        }

        return new TrainingPlan { RoleId = role.Id, PlanDate = planDate, Programs = planned, StatedTotal = role.Training.StatedTotal };
    }

    /// <summary>Places the programs back to back on the calendar from <paramref name="start"/>.</summary>
    /// <param name="start">The first day of training.</param>
    /// <returns>Each program's first and last training day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Training starting on <paramref name="start"/> would end after the last date the calendar has (9999-12-31).</exception>
    public IReadOnlyList<ScheduledProgram> Schedule(DateOnly start)
    {
        try
        {
            return ScheduleFrom(start);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new ArgumentOutOfRangeException(nameof(start), string.Create(CultureInfo.InvariantCulture,
                $"Training starting on {start:yyyy-MM-dd} would end after {DateOnly.MaxValue:yyyy-MM-dd}, the last date the calendar has; start earlier."));
        }
    }

    /// <summary>The last training day when training starts on <paramref name="start"/>; <paramref name="start"/> itself when there is nothing to attend.</summary>
    /// <param name="start">The first day of training.</param>
    /// <returns>The expected end date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Training starting on <paramref name="start"/> would end after 9999-12-31.</exception>
    public DateOnly ExpectedEnd(DateOnly start)
    {
        var schedule = Schedule(start);
        return schedule.Count == 0 ? start : schedule[^1].End;
    }

    private ReadOnlyCollection<ScheduledProgram> ScheduleFrom(DateOnly start)
    {
        var schedule = new List<ScheduledProgram>(_programs.Count);
        var next = start;
        foreach (var program in _programs)
        {
            var first = program.TrainingDays is null ? next : NextTrainingDay(next, program.DaysPerWeek);
            var last = program.TrainingDays is { } days
                ? AddTrainingDays(first, days, program.DaysPerWeek)
                : first.AddDays((int)Math.Ceiling(program.Weeks!.Value * 7) - 1);
            schedule.Add(new ScheduledProgram(program.ProgramId, first, last));
            next = last.AddDays(1);
        }

        return schedule.AsReadOnly();
    }

    // Monday = 0 … Sunday = 6; a week of D training days uses its first D days.
    private static bool IsTrainingDay(DateOnly date, int daysPerWeek) => ((int)date.DayOfWeek + 6) % 7 < daysPerWeek;

    private static DateOnly NextTrainingDay(DateOnly date, int daysPerWeek)
    {
        while (!IsTrainingDay(date, daysPerWeek))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    private static DateOnly AddTrainingDays(DateOnly first, int days, int daysPerWeek)
    {
        var date = first;
        for (var counted = 1; counted < days;)
        {
            date = date.AddDays(1);
            if (IsTrainingDay(date, daysPerWeek))
            {
                counted++;
            }
        }

        return date;
    }
}
