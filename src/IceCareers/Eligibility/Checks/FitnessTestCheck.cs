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

    // Per event, in the requirement's order: its name and its pass mark ("at least 32", "at most 1:51"), from the data.
    private readonly string[] _names;
    private readonly string[] _needs;

    public FitnessTestCheck(FitnessTestRequirement requirement, CheckSetup setup)
        : base(requirement, setup)
    {
        _requirement = requirement;
        _names = requirement.Events.Select(e => Text.Event(e.Event)).ToArray();
        _needs = requirement.Events.Select(Need).ToArray();
        _pending = Outcome(
            Verdict.Pending,
            $"{requirement.Title}: taken later in the hiring process; pass marks: {string.Join("; ", requirement.Events.Select((e, i) => $"{_names[i]} {_needs[i]}"))}. Judged once fitness results are given; until then it does not affect the outcome.");
    }

    public override CheckOutcome Evaluate(CandidateProfile profile, DateOnly asOf, ScreeningPolicy policy, EvaluationScratch scratch)
    {
        if (profile.Fitness is not { } fitness)
        {
            return _pending;
        }

        // The verdict needs no text; the texts are formatted from the four results if someone reads them.
        var results = new Results(fitness.SitUps, fitness.PushUps, fitness.Sprint220YardsSeconds, fitness.Run1_5MileSeconds);
        bool anyShort = false, anyUntested = false;
        for (var i = 0; i < _requirement.Events.Count; i++)
        {
            var standard = _requirement.Events[i];
            if (Observed(standard.Event, results) is not { } value)
            {
                anyUntested = true;
            }
            else if (!Passes(standard, value))
            {
                anyShort = true;
            }
        }

        if (anyShort)
        {
            return Outcome(
                Verdict.NotMet,
                Text.Later((this, results), static state => state.Item1.Reason(state.results)),
                NewGap(Text.Later((this, results), static state => $"Train to reach the pass mark in each short event: {string.Join("; ", state.Item1.Events(state.results, passed: false))}."), isRemediable: true));
        }

        return anyUntested
            ? Outcome(Verdict.Pending, Text.Later((this, results), static state => state.Item1.Reason(state.results) + " The test is judged in full later in the hiring process."))
            : Outcome(Verdict.Met, Text.Later((this, results), static state => state.Item1.Reason(state.results)));
    }

    private string Reason(Results results)
    {
        var shortEvents = Events(results, passed: false);
        var passed = Events(results, passed: true);
        var untested = new List<string>();
        for (var i = 0; i < _requirement.Events.Count; i++)
        {
            if (Observed(_requirement.Events[i].Event, results) is null)
            {
                untested.Add(_names[i]);
            }
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

        return reason.ToString();
    }

    /// <summary>The tested events that passed (or fell short), each with the result and the pass mark.</summary>
    private List<string> Events(Results results, bool passed)
    {
        var events = new List<string>();
        for (var i = 0; i < _requirement.Events.Count; i++)
        {
            var standard = _requirement.Events[i];
            if (Observed(standard.Event, results) is { } value && Passes(standard, value) == passed)
            {
                events.Add($"{_names[i]} {Show(standard.Event, value)} (needed: {_needs[i]})");
            }
        }

        return events;
    }

    private static bool Passes(FitnessEventStandard standard, decimal value) =>
        (standard.Minimum is not { } min || value >= min) && (standard.MaximumSeconds is not { } max || value <= max);

    private readonly record struct Results(int? SitUps, int? PushUps, decimal? Sprint, decimal? Run);

    private static decimal? Observed(FitnessEvent fitnessEvent, Results results) => fitnessEvent switch
    {
        FitnessEvent.SitUps => results.SitUps,
        FitnessEvent.PushUps => results.PushUps,
        FitnessEvent.Sprint220Yards => results.Sprint,
        FitnessEvent.Run1_5Miles => results.Run,
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
}
