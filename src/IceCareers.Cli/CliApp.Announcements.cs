using System.CommandLine;
using System.Globalization;
using IceCareers.Announcements;
using IceCareers.Eligibility;
using IceCareers.Postings;
using IceCareers.Serialization;

namespace IceCareers.Cli;

/// <summary><c>icecareers announcements FILE</c>: the postings of a USAJOBS Search API document, matched to roles and, with a profile, evaluated.</summary>
public sealed partial class CliApp
{
    private Command AnnouncementsCommand()
    {
        var file = new Argument<string>("FILE") { Description = "A USAJOBS Search API response (GET /api/Search) or a JSON array of MatchedObjectDescriptor objects, at most 1 MiB and 500 postings" };
        var profile = new Option<string?>("--profile")
        {
            Description = "Also evaluate this candidate profile (YAML or JSON) against each matched posting",
            HelpName = "FILE",
        };
        var asOf = new Option<string?>("--as-of") { Description = "Whether each posting is open, and the rules in force, on this date (default: today)", HelpName = "YYYY-MM-DD" };
        var format = FormatOption("text", "json");
        var command = new Command("announcements", "List the postings of a USAJOBS search result with their matched role, grades and status") { file, profile, asOf, format };
        Examples(command, "icecareers announcements search.json", "icecareers announcements search.json --profile me.yaml --as-of 2026-01-15", "icecareers announcements search.json --format json");
        Define(command, parse =>
        {
            var problems = new List<string>();
            var date = ParseDate(parse.GetValue(asOf), "--as-of", problems) ?? Today();
            var postings = ReadAnnouncements(parse.GetRequiredValue(file), problems);
            var candidate = parse.GetValue(profile) is { } profilePath ? ReadProfile(profilePath, problems) : null;
            ThrowIfAny(problems);

            var catalog = LoadCatalog(parse);
            var evaluator = new EligibilityEvaluator(catalog, new EligibilityOptions { TimeProvider = _time });
            var listings = evaluator.List(postings!.Announcements, candidate, date);
            if (IsJson(parse, format))
            {
                return WriteJson(listings, IceCareersJsonContext.Default.IReadOnlyListAnnouncementListing);
            }

            WriteListings(catalog, listings, date);
            return Success;
        });
        return command;
    }

    /// <summary>Reads a Search API document; a missing, unreadable, oversized or malformed one adds its problem (file:line:column) and gives null.</summary>
    private static UsaJobsSearchResult? ReadAnnouncements(string path, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            problems.Add("FILE: the file name is empty.");
            return null;
        }

        try
        {
            var info = new FileInfo(path);
            if (Directory.Exists(path) || !info.Exists)
            {
                problems.Add(Directory.Exists(path) ? $"{path}: is a folder, not a USAJOBS search result." : $"{path}: no such file.");
                return null;
            }

            if (info.Length > AnnouncementReadOptions.DefaultMaxBytes)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{path}: the document is larger than the limit of {AnnouncementReadOptions.DefaultMaxBytes:N0} bytes."));
                return null;
            }

            using var stream = info.OpenRead();
            return UsaJobsSearchResult.Parse(stream);
        }
        catch (AnnouncementFormatException e)
        {
            problems.Add(e.Problem.Line is { } line
                ? string.Create(CultureInfo.InvariantCulture, $"{path}:{line}:{e.Problem.Column ?? 1}: {e.Problem.Message} (at {e.Problem.Path})")
                : $"{path}: {e.Problem.Message}");
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problems.Add($"{path}: cannot read the file: {Text.OneLine(e.Message)}");
            return null;
        }
    }

    private void WriteListings(CareerCatalog catalog, IReadOnlyList<AnnouncementListing> listings, DateOnly date)
    {
        var matched = listings.Count(l => l.RoleId is not null);
        Text.Paragraph(_out, string.Create(CultureInfo.InvariantCulture, $"{listings.Count} posting{(listings.Count == 1 ? "" : "s")}, {matched} matched to a role · as of {Text.Date(date)} · data {catalog.Version}"), "  ", "");
        var table = new TextTable("POSITION-ID", "ROLE-ID", "GRADES", "STATUS", "TITLE");
        foreach (var listing in listings)
        {
            table.Add(listing.PositionId, listing.RoleId ?? "-", listing.Grades.Count == 0 ? "-" : string.Join(",", listing.Grades), Status(listing, date), listing.Title);
        }

        _out.WriteLine();
        table.Write(_out);

        // A report is printed in full once; a posting whose report is the same as an earlier one's points to it, so the
        // output grows with what differs, not with the number of postings.
        var printed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var listing in listings)
        {
            _out.WriteLine();
            _out.WriteLine(Text.Rule);
            Text.Paragraph(_out, $"{listing.PositionId}: {listing.Title}", "  ", "");
            Text.Paragraph(_out, listing.MatchReason, "  ", "  Match: ");
            Text.Paragraph(_out, $"Dates: opens {(listing.Opens is { } o ? Text.Date(o) : "not stated")}, closes {(listing.Closes is { } c ? Text.Date(c) : "not stated")} — {Status(listing, date)}", "    ", "  ");
            foreach (var note in listing.Notes)
            {
                Text.Bullet(_out, note);
            }

            if (listing.Report is { } report)
            {
                _out.WriteLine();
                if (printed.TryGetValue(SameReport(report), out var first))
                {
                    Text.Paragraph(_out, $"Report: {Text.Words(report.Outcome).ToUpperInvariant()}, the same as for {first} above.", "    ", "  ");
                    continue;
                }

                printed.Add(SameReport(report), listing.PositionId);
                new ReportText(catalog, _out).Reports([report], summary: false);
            }
        }
    }

    /// <summary>Everything the text of a report shows, as one key: two reports with the same key print the same.</summary>
    private static string SameReport(EligibilityReport report) => string.Join('\u001f', [
        report.RoleId, report.Outcome.ToString(), report.Policy.ToString(), report.AsOf.ToString("O", CultureInfo.InvariantCulture),
        .. report.Results.Select(r => $"{r.RequirementId}\u001e{r.Verdict}\u001e{r.Reason}"),
        .. report.QualifyingGrades.Select(g => g.ToString()),
        .. report.Gaps.Select(g => g.Description),
        .. report.MissingInformation,
        .. report.Warnings,
    ]);

    private static string Status(AnnouncementListing listing, DateOnly date) => listing.Open switch
    {
        true => "open",
        false when listing.Closes is { } closes && date > closes => "closed",
        false => "not yet open",
        null => "dates unknown",
    };
}
