using System.Text;
using IceCareers.Candidates;
using IceCareers.HiringPaths;
using IceCareers.HiringPaths.Rules;
using Snapshooter.Xunit;

namespace IceCareers.Tests.HiringPaths.Rules;

/// <summary>
/// The hiring-path writer's own tests, the one place where the words of paths and preference are asserted: every reason
/// a finding can have, written from fixed facts, against a reviewed snapshot. The rule tests assert verdicts, dates and
/// missing fields instead; the golden reports reach only the words their five profiles need.
/// </summary>
public sealed class HiringPathTextTests
{
    private static readonly IceCareers.Hiring.PreferenceRules Rules = CareerCatalog.Default.HiringRules.Preference!;

    [Fact]
    public void Path_EveryReasonAndVerdict_MatchesTheReviewedWords()
    {
        var path = CareerCatalog.Default.HiringRules.Paths[0];
        var text = new StringBuilder();
        foreach (var because in Enum.GetValues<PathBecause>())
        {
            foreach (var verdict in new[] { PathVerdict.Eligible, PathVerdict.Unknown })
            {
                foreach (var word in new[] { "honorable", null })
                {
                    var finding = new PathFinding(verdict, because, [])
                    {
                        Number = 3,
                        Word = word,
                        Date = new DateOnly(2023, 6, 1),
                        Until = new DateOnly(2026, 5, 31),
                        From = word is null ? null : new DateOnly(2026, 6, 1),
                    };
                    text.Append(because).Append(' ').Append(verdict).Append(' ').Append(word ?? "-").Append(": ").AppendLine(HiringPathText.Path(path, finding, Rules));
                }
            }
        }

        text.Append("Tentative: ").AppendLine(HiringPathText.Path(path, PathFinding.Eligible(PathBecause.RecentlySeparated) with { Tentative = true }, Rules));
        foreach (var sponsor in new[] { "active-duty", "disabled-100", "died-on-active-duty", "other" })
        {
            text.Append("Spouse ").Append(sponsor).Append(": ").AppendLine(HiringPathText.Path(path, PathFinding.Eligible(PathBecause.EligibleSpouse) with { Word = sponsor }, Rules));
        }

        text.ToString().MatchSnapshot();
    }

    [Fact]
    public void Preference_EveryReason_MatchesTheReviewedWords()
    {
        var text = new StringBuilder();
        foreach (var because in Enum.GetValues<PreferenceBecause>())
        {
            foreach (var category in new[] { PreferenceCategory.Tp, PreferenceCategory.Unknown })
            {
                foreach (var percent in new int?[] { 40, 10, 0, null })
                {
                    var finding = new PreferenceFinding(category, because, [])
                    {
                        Percent = percent,
                        Character = percent is null ? null : DischargeCharacter.Dishonorable,
                        Medal = percent is null ? null : "Global War on Terrorism Expeditionary Medal",
                        PeriodId = percent is 40 ? Rules.Periods[0].Id : percent is 10 ? Rules.Periods[^1].Id : null,
                        CertifiableFrom = new DateOnly(2026, 2, 1),
                        Reason = percent is null ? DischargeReason.Other : null,
                        Points = 5,
                    };
                    text.Append(because).Append(' ').Append(category).Append(' ').Append(percent?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-").Append(": ")
                        .AppendLine(HiringPathText.Preference(finding, Rules));
                }
            }
        }

        text.Append("Tentative: ").AppendLine(HiringPathText.Preference(new PreferenceFinding(PreferenceCategory.Tp, PreferenceBecause.QualifyingPeriod, []) { Tentative = true, PeriodId = Rules.Periods[0].Id }, Rules));
        text.Append("Disability asked: ").AppendLine(HiringPathText.Preference(new PreferenceFinding(PreferenceCategory.Tp, PreferenceBecause.QualifyingPeriod, ["military.disability"]) { PeriodId = Rules.Periods[0].Id }, Rules));
        text.ToString().MatchSnapshot();
    }

    [Fact]
    public void Preference_EveryQualifyingPeriod_MatchesTheReviewedWords()
    {
        var text = new StringBuilder();
        foreach (var id in Rules.Periods.Select(p => p.Id).Append("no-such-period"))
        {
            foreach (var because in new[] { PreferenceBecause.QualifyingPeriod, PreferenceBecause.TwentyFourMonthRuleNotMet })
            {
                var finding = new PreferenceFinding(because == PreferenceBecause.QualifyingPeriod ? PreferenceCategory.Tp : PreferenceCategory.None, because, []) { PeriodId = id, Points = 5 };
                text.Append(id).Append(' ').Append(because).Append(": ").AppendLine(HiringPathText.Preference(finding, Rules));
            }
        }

        text.ToString().MatchSnapshot();
    }

    [Fact]
    public void Posting_EveryAuthorityAndWayItWasRead_MatchesTheReviewedWords()
    {
        var hiring = CareerCatalog.Default.HiringRules;
        var tp = new PreferenceFinding(PreferenceCategory.Tp, PreferenceBecause.QualifyingPeriod, []) { Points = 5 };
        var none = new PreferenceFinding(PreferenceCategory.None, PreferenceBecause.NotAVeteran, []) { Points = 0 };
        var text = new StringBuilder();
        foreach (var authority in hiring.Authorities.Append(null))
        {
            var ways = authority is null ? [AuthorityReadFrom.Nothing] : new[] { AuthorityReadFrom.Words, AuthorityReadFrom.Number, AuthorityReadFrom.Codes };
            foreach (var from in ways)
            {
                foreach (var listed in new[] { true, false })
                {
                    var evidence = from switch
                    {
                        AuthorityReadFrom.Words => authority!.Phrases[0],
                        AuthorityReadFrom.Number => authority!.NumberMarkers[0],
                        _ => null,
                    };
                    var finding = new PostingFinding(
                        authority, from, evidence, listed && from == AuthorityReadFrom.Words ? hiring.Authorities.First(a => a != authority) : null,
                        listed ? [hiring.Codes[0], hiring.Codes[1]] : [], listed ? [] : ["not-a-code", "other"], null);
                    foreach (var preference in new[] { tp, none })
                    {
                        text.Append(authority?.Id ?? "-").Append(' ').Append(from).Append(listed ? " listed " : " unlisted ").Append(preference.Category).Append(": ")
                            .AppendLine(HiringPathText.Posting(finding, authority?.PreferenceApplies, preference));
                    }
                }
            }
        }

        text.ToString().MatchSnapshot();
    }
}
