using System.CommandLine;
using IceCareers.Careers;
using IceCareers.Roles;
using IceCareers.Serialization;

namespace IceCareers.Cli;

/// <summary>The <c>career</c> command.</summary>
public sealed partial class CliApp
{
    private Command CareerCommand()
    {
        var id = RoleIdArgument();
        var start = new Option<string>("--start") { Description = "The first day in the role", HelpName = "YYYY-MM-DD", Required = true };
        var grade = new Option<string>("--grade") { Description = "The grade at appointment, e.g. GL-7 (a grade of the role's career ladder)", HelpName = "GRADE", Required = true };
        var birth = new Option<string?>("--date-of-birth") { Description = "For the law-enforcement retirement dates (never printed)", HelpName = "YYYY-MM-DD" };
        var locality = new Option<string?>("--locality") { Description = "A locality pay area's id or OPM name (or a unique part of one, or an ICE field-office city) for the pay at each event; the places 'pay' refuses are refused", HelpName = "AREA" };
        var format = FormatOption("text", "json");
        var command = new Command("career", "Project a career in a role: training, probation, promotions, step increases, pay and LEO retirement, with dates")
        {
            id, start, grade, birth, locality, format,
        };
        Examples(command, "icecareers career deportation-officer --start 2026-02-02 --grade GL-7", "icecareers career hsi-special-agent --start 2026-02-02 --grade GL-9 --date-of-birth 1996-04-12 --locality Newark");
        Define(command, parse =>
        {
            var problems = new List<string>();
            var startDate = ParseDate(parse.GetRequiredValue(start), "--start", problems);
            var dateOfBirth = ParseDate(parse.GetValue(birth), "--date-of-birth", problems);
            var gradeText = parse.GetRequiredValue(grade);
            if (!PayGrade.TryParse(gradeText, out var payGrade))
            {
                problems.Add($"--grade: '{gradeText}' is not a grade; expected GS-N or GL-N with N from 1 to 15, for example GL-7.");
            }

            ThrowIfAny(problems);
            var catalog = LoadCatalog(parse);
            var role = catalog.GetRole(parse.GetRequiredValue(id));
            CareerProjection projection;
            try
            {
                projection = CareerPath.Project(catalog, role.Id, payGrade, startDate!.Value, dateOfBirth, parse.GetValue(locality));
            }
            catch (ArgumentException e)
            {
                var option = e.ParamName switch
                {
                    "startGrade" => "--grade: ",
                    "dateOfBirth" => "--date-of-birth: ",
                    "locality" => "--locality: ",
                    "start" => "--start: ",
                    _ => "",
                };
                throw new CliInputException(option + WithoutParameter(e.Message) + (option == "--locality: " ? LocalitiesHint : ""));
            }

            if (IsJson(parse, format))
            {
                return WriteJson(projection, IceCareersJsonContext.Default.CareerProjection);
            }

            WriteCareer(projection);
            return Success;
        });
        return command;
    }

    private void WriteCareer(CareerProjection projection)
    {
        Text.Paragraph(_out, $"{projection.RoleId} from {Text.Date(projection.Start)} at {projection.StartGrade}" + (projection.Locality is { } area ? $", pay for {area}" : ""), "  ", "");
        _out.WriteLine();
        var totals = projection.Events.Any(e => e.TotalMax is not null);
        var table = totals ? new TextTable("DATE", "EVENT", "GRADE", "STEP", "PAY", "WITH PREMIUM") : new TextTable("DATE", "EVENT", "GRADE", "STEP", "PAY");
        foreach (var e in projection.Events)
        {
            var pay = e.Pay is { } p ? Dollars(p) : "";
            if (totals)
            {
                table.Add(Text.Date(e.Date), e.Note ?? e.Kind.ToString(), e.Grade.ToString(), Text.Number(e.Step), pay, e.TotalMax is { } t ? Dollars(t) : "");
            }
            else
            {
                table.Add(Text.Date(e.Date), e.Note ?? e.Kind.ToString(), e.Grade.ToString(), Text.Number(e.Step), pay);
            }
        }

        table.Write(_out, "  ");
        _out.WriteLine();
        if (projection.LeoRetirement)
        {
            _out.WriteLine("  Earliest immediate retirement: " + (projection.EarliestRetirement is { } e ? Text.Date(e) : "needs --date-of-birth"));
            _out.WriteLine("  Mandatory separation: " + (projection.MandatorySeparation is { } m ? Text.Date(m) : "needs --date-of-birth"));
        }
        else
        {
            _out.WriteLine("  No law-enforcement (LEO) retirement for this role.");
        }

        foreach (var note in projection.Notes)
        {
            Text.Paragraph(_out, "Note: " + note, "    ", "  ");
        }

        _out.WriteLine();
        Text.Paragraph(_out, "Sources: " + string.Join(", ", projection.Sources), "  ", "");
    }
}
