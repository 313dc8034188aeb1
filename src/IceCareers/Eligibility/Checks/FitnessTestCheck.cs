using System.Text;
using IceCareers.Candidates;
using IceCareers.Requirements;

namespace IceCareers.Eligibility.Checks;

/// <summary>
/// rules.md §2.8: Pending without results; with results each event is judged against its pass mark. Any event short →
/// NotMet (remediable, naming each short event); all passed → Met; none short but some untested → Pending.
/// </summary>
internal sealed class FitnessTestCheck : RequirementCheck
{
    private readonly FitnessTestRequirement _requirement;
    private readonly CheckOutcome _pending;
    private readonly Memo<Results, CheckOutcome> _judged = new();

    public FitnessTestCheck(FitnessTestRequirement requirement, CheckSetup setup)
        : base(requirement, setup)
    {
        _requirement = requirement;
        _pending = Outcome(
            Verdict.Pending,
            $"{requirement.Title}: taken later in the hiring process; pass marks: {string.Join("; ", requirement.Events.Select(Mark))}. Judged once fitness results are given; until then it does not affect the outcome.");
    }

    public override CheckOutcome Evaluate(CandidateProfile profile, DateOnly asOf, ScreeningPolicy policy, EvaluationScratch scratch)
    {
        if (profile.Fitness is not { } fitness)
        {
            return _pending;
        }

        // Judging builds texts; equal results share one outcome.
        return _judged.Get(
            new Results(fitness.SitUps, fitness.PushUps, fitness.Sprint220YardsSeconds, fitness.Run1_5MileSeconds),
            this,
            static (key, self) => self.Judge(new FitnessResults { SitUps = key.SitUps, PushUps = key.PushUps, Sprint220YardsSeconds = key.Sprint, Run1_5MileSeconds = key.Run }));
    }

    private CheckOutcome Judge(FitnessResults fitness)
    {
        var shortEvents = new List<string>();
        var passed = new List<string>();
        var untested = new List<string>();
        for (var i = 0; i < _requirement.Events.Count; i++)
        {
            var standard = _requirement.Events[i];
            var observed = Observed(standard.Event, fitness);
            if (observed is not { } value)
            {
                untested.Add(Text.Event(standard.Event));
                continue;
            }

            var ok = (standard.Minimum is not { } min || value >= min) && (standard.MaximumSeconds is not { } max || value <= max);
            (ok ? passed : shortEvents).Add($"{Text.Event(standard.Event)} {Show(standard.Event, value)} (needed: {Need(standard)})");
        }

        var reason = new StringBuilder();
        if (shortEvents.Count > 0)
        {
            reason.Append("Short on ").Append(string.Join("; ", shortEvents)).Append('.');
        }

        if (passed.Count > 0)
        {
            reason.Append(reason.Length > 0 ? " " : "").Append("Passed: ").Append(string.Join("; ", passed)).Append('.');
        }

        if (untested.Count > 0)
        {
            reason.Append(reason.Length > 0 ? " " : "").Append("Not yet tested: ").Append(string.Join(", ", untested)).Append('.');
        }

        if (shortEvents.Count > 0)
        {
            return Outcome(
                Verdict.NotMet,
                reason.ToString(),
                NewGap($"Train to reach the pass mark in each short event: {string.Join("; ", shortEvents)}.", isRemediable: true));
        }

        return untested.Count > 0
            ? Outcome(Verdict.Pending, reason + " The test is judged in full later in the hiring process.")
            : Outcome(Verdict.Met, reason.ToString());
    }

    private readonly record struct Results(int? SitUps, int? PushUps, decimal? Sprint, decimal? Run);

    private static decimal? Observed(FitnessEvent fitnessEvent, FitnessResults fitness) => fitnessEvent switch
    {
        FitnessEvent.SitUps => fitness.SitUps,
        FitnessEvent.PushUps => fitness.PushUps,
        FitnessEvent.Sprint220Yards => fitness.Sprint220YardsSeconds,
        FitnessEvent.Run1_5Miles => fitness.Run1_5MileSeconds,
        _ => null,
    };

    private static bool IsTimed(FitnessEvent fitnessEvent) => fitnessEvent is FitnessEvent.Sprint220Yards or FitnessEvent.Run1_5Miles;

    private static string Show(FitnessEvent fitnessEvent, decimal value) => IsTimed(fitnessEvent) ? "in " + Text.Seconds(value) : Text.Number(value);

    private static string Need(FitnessEventStandard standard)
    {
        var parts = new List<string>(2);
        if (standard.Minimum is { } min)
        {
            parts.Add("at least " + Text.Number(min));
        }

        if (standard.MaximumSeconds is { } max)
        {
            parts.Add("at most " + Text.Seconds(max));
        }

        return string.Join(" and ", parts);
    }

    private static string Mark(FitnessEventStandard standard) => $"{Text.Event(standard.Event)} {Need(standard)}";
}
