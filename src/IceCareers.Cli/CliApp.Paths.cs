using System.CommandLine;
using System.Globalization;
using IceCareers.HiringPaths;
using IceCareers.Postings;
using IceCareers.Serialization;

namespace IceCareers.Cli;

/// <summary>
/// <c>icecareers paths --profile FILE [--posting FILE --position-id ID]</c>: the person's veterans' preference, every
/// hiring path with its verdict and closing date, what a posting's authority means for them, and what to bring.
/// </summary>
public sealed partial class CliApp
{
    private Command PathsCommand()
    {
        var profile = new Option<string>("--profile")
        {
            Description = "The candidate profile, YAML (.yaml, .yml) or JSON (.json), with military, federal and education facts",
            HelpName = "FILE",
            Required = true,
        };
        var posting = new Option<string?>("--posting")
        {
            Description = "A USAJOBS Search API response holding the posting to check (with --position-id)",
            HelpName = "FILE",
        };
        var positionId = new Option<string?>("--position-id")
        {
            Description = "The announcement number (PositionID) of the posting in --posting; may be left out when the file holds one posting",
            HelpName = "ID",
        };
        var asOf = new Option<string?>("--as-of") { Description = "Decide as of this date (default: today)", HelpName = "YYYY-MM-DD" };
        var format = FormatOption("text", "json");
        var command = new Command("paths", "Show veterans' preference, the hiring paths open to a person (until when), and the documents to bring")
        {
            profile, posting, positionId, asOf, format,
        };
        Examples(command, "icecareers paths --profile me.yaml", "icecareers paths --profile me.yaml --posting search.json --position-id ERO-12345-DH", "icecareers paths --profile me.yaml --format json");
        Define(command, parse =>
        {
            var problems = new List<string>();
            var date = ParseDate(parse.GetValue(asOf), "--as-of", problems) ?? Today();
            var candidate = ReadProfile(parse.GetRequiredValue(profile), problems);
            Announcement? chosen = null;
            var postingPath = parse.GetValue(posting);
            var wanted = parse.GetValue(positionId);
            if (postingPath is null && wanted is not null)
            {
                problems.Add("--position-id: give the posting's file too, with --posting FILE.");
            }
            else if (postingPath is not null && ReadAnnouncements(postingPath, problems) is { } document)
            {
                chosen = ChoosePosting(document, wanted, postingPath, problems);
            }

            ThrowIfAny(problems);
            var catalog = LoadCatalog(parse);
            var report = new HiringPathEvaluator(catalog, _time).Evaluate(candidate!, chosen, date);
            if (IsJson(parse, format))
            {
                return WriteJson(report, IceCareersJsonContext.Default.HiringPathReport);
            }

            WritePaths(catalog, report);
            return Success;
        });
        return command;
    }

    /// <summary>The posting the person asked about: by its announcement number, or the only one in the file.</summary>
    private static Announcement? ChoosePosting(UsaJobsSearchResult document, string? positionId, string path, List<string> problems)
    {
        var postings = document.Announcements;
        if (positionId is null)
        {
            if (postings.Count == 1)
            {
                return postings[0];
            }

            problems.Add(postings.Count == 0
                ? $"{path}: the document holds no postings."
                : string.Create(CultureInfo.InvariantCulture, $"--position-id: {path} holds {postings.Count} postings; say which one (e.g. --position-id {postings[0].PositionId})."));
            return null;
        }

        var match = postings.FirstOrDefault(p => string.Equals(p.PositionId, positionId.Trim(), StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            var known = string.Join(", ", postings.Take(5).Select(p => p.PositionId)) + (postings.Count > 5 ? ", …" : string.Empty);
            problems.Add($"--position-id: no posting '{positionId}' in {path}" + (postings.Count == 0 ? "." : $"; it holds: {known}."));
        }

        return match;
    }

    private void WritePaths(CareerCatalog catalog, HiringPathReport report)
    {
        _out.WriteLine($"As of {Text.Date(report.AsOf)} · data {report.DataVersion}");
        _out.WriteLine();
        var preference = report.Preference;
        var headline = preference.Category switch
        {
            PreferenceCategory.Unknown => "Veterans' preference: not decided yet",
            PreferenceCategory.None => "Veterans' preference: none",
            _ => string.Create(CultureInfo.InvariantCulture, $"Veterans' preference: {preference.Points}-point ({Word(preference.Category).ToUpperInvariant()}){(preference.Tentative ? ", tentative" : string.Empty)}"),
        };
        _out.WriteLine(headline);
        Text.Paragraph(_out, preference.Reason, "  ", "  ");
        if (report.Posting is { } posting)
        {
            _out.WriteLine();
            Text.Paragraph(_out, $"Posting {posting.PositionId}: {Authority(posting.HiringAuthority)}", "  ", "");
            Text.Paragraph(_out, posting.Note, "  ", "  ");
            Text.Paragraph(_out, "Open to you here: " + (posting.OpenTo.Count == 0 ? "none of your paths" : string.Join(", ", posting.OpenTo)), "    ", "  ");
        }

        _out.WriteLine();
        _out.WriteLine("Hiring paths");
        foreach (var path in report.Paths)
        {
            var until = path.Until is { } u ? " until " + Text.Date(u) : string.Empty;
            var grade = path.MaxGrade is { } g ? $" (up to {g})" : string.Empty;
            _out.WriteLine($"  {Verdict(path.Verdict),-14} {path.Id}{until}{grade}");
            Text.Paragraph(_out, path.Reason, "                 ", "                 ");
        }

        if (report.Evidence.Count > 0)
        {
            _out.WriteLine();
            _out.WriteLine("What to bring");
            foreach (var item in report.Evidence)
            {
                Text.Bullet(_out, $"{item.Title} — for {string.Join(", ", item.For)}");
            }
        }

        if (report.MissingInformation.Count > 0)
        {
            _out.WriteLine();
            Text.Paragraph(_out, "Missing information: " + string.Join(", ", report.MissingInformation), "  ", "");
        }

        var sources = report.Paths.SelectMany(p => p.Sources).Concat(preference.Sources).Concat(report.Evidence.SelectMany(e => e.Sources))
            .Concat(report.Posting?.Sources ?? []).Distinct(StringComparer.Ordinal).ToList();
        new SourceList(catalog).Add(sources).Write(_out);
    }

    private static string Word(PreferenceCategory category) => category.ToString().ToLowerInvariant();

    private static string Verdict(PathVerdict verdict) => verdict switch
    {
        PathVerdict.Eligible => "ELIGIBLE",
        PathVerdict.NotEligible => "NOT ELIGIBLE",
        PathVerdict.Unknown => "UNKNOWN",
        _ => "NOT APPLICABLE",
    };

    private static string Authority(string id) => id switch
    {
        "direct-hire" => "direct hire (no veterans' preference)",
        "delegated-examining" => "competitive examining (veterans' preference applies)",
        "merit-promotion" => "merit promotion (no veterans' preference)",
        _ => "hiring authority not stated",
    };
}
