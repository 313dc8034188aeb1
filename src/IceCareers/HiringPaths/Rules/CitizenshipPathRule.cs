using IceCareers.Candidates;
using IceCareers.Hiring;

namespace IceCareers.HiringPaths.Rules;

/// <summary>
/// Competitive examining and direct hire, both open to the public: only a citizen or national of the United States may be
/// examined for or appointed in the competitive service (5 CFR 7.3). Whether preference then applies is the path's, not
/// the person's (docs/rules.md §4.2).
/// </summary>
internal static class CitizenshipPathRule
{
    public static PathFinding Decide(PathFacts facts, PathDefinition path) => facts.Profile.Citizenship switch
    {
        null => PathFinding.Unknown(PathBecause.CitizenshipUnknown, "citizenship"),
        { } c when path.Citizenships.Contains(c) => PathFinding.Eligible(PathBecause.Citizen) with { Word = CandidateWords.Citizenships[c] },
        { } c => PathFinding.NotEligible(PathBecause.NotCitizen) with { Word = CandidateWords.Citizenships[c] },
    };
}
