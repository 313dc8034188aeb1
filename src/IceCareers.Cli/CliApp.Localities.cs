using System.CommandLine;
using System.Globalization;
using IceCareers.Pay;
using IceCareers.Roles;
using IceCareers.Serialization;

namespace IceCareers.Cli;

/// <summary>The <c>localities</c> command: the places pay knows.</summary>
public sealed partial class CliApp
{
    /// <summary>What the locality errors of <c>pay</c> and <c>career</c> point to.</summary>
    private const string LocalitiesHint = " Run 'icecareers localities' to list the places pay knows (ids, OPM names, field-office cities).";

    private Command LocalitiesCommand()
    {
        var role = new Option<string?>("--role") { Description = "A role id: say where its pay can be estimated and which special rate table applies", HelpName = "ROLE-ID" };
        var grade = new Option<string?>("--grade") { Description = "With --role, the grade (default: the role's first entry grade)", HelpName = "GRADE" };
        var asOf = new Option<string?>("--as-of") { Description = "With --role, the date (default: today)", HelpName = "YYYY-MM-DD" };
        var format = FormatOption("text", "json");
        var command = new Command("localities", "List OPM's locality pay areas: id, name, locality payment, ICE field offices, and for a role whether pay there is known")
        {
            role, grade, asOf, format,
        };
        Examples(command, "icecareers localities", "icecareers localities --role deportation-officer --grade GL-7", "icecareers localities --role hsi-special-agent --format json");
        Define(command, parse =>
        {
            var problems = new List<string>();
            PayGrade? payGrade = null;
            if (parse.GetValue(grade) is { } gradeText)
            {
                if (PayGrade.TryParse(gradeText, out var parsed))
                {
                    payGrade = parsed;
                }
                else
                {
                    problems.Add($"--grade: '{gradeText}' is not a grade; expected GS-N or GL-N with N from 1 to 15, for example GL-7.");
                }

                if (parse.GetValue(role) is null)
                {
                    problems.Add("--grade: a grade narrows the places for a role; give --role too.");
                }
            }

            var date = ParseDate(parse.GetValue(asOf), "--as-of", problems) ?? Today();
            ThrowIfAny(problems);
            var catalog = LoadCatalog(parse);
            var roleId = parse.GetValue(role) is { } text ? catalog.GetRole(text).Id : null;
            IReadOnlyList<PayLocality> places;
            try
            {
                places = new PayEstimator(catalog).Localities(roleId, payGrade, date);
            }
            catch (ArgumentException e)
            {
                throw new CliInputException(OptionFor(e.Message) + WithoutParameter(e.Message));
            }

            if (IsJson(parse, format))
            {
                return WriteJson(places, IceCareersJsonContext.Default.IReadOnlyListPayLocality);
            }

            WriteLocalities(places, roleId, payGrade, date);
            return Success;
        });
        return command;
    }

    private void WriteLocalities(IReadOnlyList<PayLocality> places, string? roleId, PayGrade? grade, DateOnly date)
    {
        Text.Paragraph(_out, string.Create(CultureInfo.InvariantCulture, $"OPM locality pay areas ({places.Count}); --locality takes an id, an OPM name or an ICE field-office city."), "  ", "");
        if (roleId is not null)
        {
            Text.Paragraph(_out, $"Pay for {roleId}{(grade is { } g ? " at " + g : "")} on {Text.Date(date)}: {places.Count(p => p.Priced == true)} of {places.Count} areas.", "  ", "");
        }

        _out.WriteLine();
        var table = roleId is null ? new TextTable("ID", "%", "FIELD OFFICES") : new TextTable("ID", "%", "PAY", "FIELD OFFICES");
        foreach (var place in places)
        {
            var percent = place.Percent is { } p ? Text.Number(p) : "-";
            if (roleId is null)
            {
                table.Add(place.Id, percent, string.Join(", ", place.FieldOffices));
            }
            else
            {
                var pay = place.Priced == true ? place.SpecialRateTable ?? "yes" : "no";
                table.Add(place.Id, percent, pay, string.Join(", ", place.FieldOffices));
            }
        }

        table.Write(_out, "  ", lastColumn: 16);
        _out.WriteLine();
        Text.Paragraph(_out, "%: the locality payment (2025, held in 2026); '-' where OPM's figure is not in the data.", "    ", "  ");
        if (roleId is not null)
        {
            Text.Paragraph(_out, "PAY: the special rate table that sets the pay, 'yes' for the locality rate, 'no' where pay is not estimated.", "    ", "  ");
            foreach (var reason in places.Where(p => p.Priced == false).Select(p => p.Reason).Distinct(StringComparer.Ordinal).Take(3))
            {
                Text.Paragraph(_out, "Why not, e.g.: " + reason, "    ", "  ");
            }
        }

        _out.WriteLine();
        _out.WriteLine("Names:");
        foreach (var place in places)
        {
            Text.Paragraph(_out, $"{place.Id} = {place.Name}", "      ", "  ");
        }
    }
}
