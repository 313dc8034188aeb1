using IceCareers.Candidates;
using IceCareers.Requirements;

namespace IceCareers.Eligibility.Checks;

/// <summary>
/// rules.md §2.8: Pending without results; with results each event is judged against its pass mark. Any event short →
/// NotMet (remediable); every event passed → Met; none short but some not taken → Pending.
/// </summary>
internal sealed class FitnessTestCheck(FitnessTestRequirement requirement) : IRule<FitnessFinding>
{
    public Requirement Requirement => requirement;

    public FitnessTestRequirement Test => requirement;

    public IReadOnlyList<string> SourcesOf(int basis) => requirement.Sources;

    public FitnessFinding Decide(CandidateProfile profile, RuleContext context)
    {
        if (profile.Fitness is not { } fitness)
        {
            return new(Verdict.Pending, default);
        }

        var results = new FitnessScores(fitness.SitUps, fitness.PushUps, fitness.Sprint220YardsSeconds, fitness.Run1_5MileSeconds);
        bool anyShort = false, anyUntested = false;
        for (var i = 0; i < requirement.Events.Count; i++)
        {
            var standard = requirement.Events[i];
            if (results[standard.Event] is not { } value)
            {
                anyUntested = true;
            }
            else if (!Passes(standard, value))
            {
                anyShort = true;
            }
        }

        return new(anyShort ? Verdict.NotMet : anyUntested ? Verdict.Pending : Verdict.Met, results);
    }

    /// <summary>At least the minimum, and within the time.</summary>
    public static bool Passes(FitnessEventStandard standard, decimal value) =>
        (standard.Minimum is not { } min || value >= min) && (standard.MaximumSeconds is not { } max || value <= max);
}

/// <summary>The results a profile gives, by event (null: not taken).</summary>
internal readonly record struct FitnessScores(int? SitUps, int? PushUps, decimal? Sprint, decimal? Run)
{
    public decimal? this[FitnessEvent fitnessEvent] => fitnessEvent switch
    {
        FitnessEvent.SitUps => SitUps,
        FitnessEvent.PushUps => PushUps,
        FitnessEvent.Sprint220Yards => Sprint,
        FitnessEvent.Run1_5Miles => Run,
        _ => null,
    };
}

/// <summary>The fitness decision and the results it judged (<see langword="null"/> when the profile gives none).</summary>
internal readonly record struct FitnessFinding(Verdict Verdict, FitnessScores? Scores) : IFinding
{
    public FieldList Unknown => default;

    public bool Remediable => true;

    public DateOnly? EarliestDate => null;

    public int Basis => 0;
}
