using System.CommandLine;
using System.Globalization;
using IceCareers.Compensation;
using IceCareers.Pay;
using IceCareers.Roles;
using IceCareers.Serialization;

namespace IceCareers.Cli;

/// <summary>The <c>pay</c> command.</summary>
public sealed partial class CliApp
{
    private Command PayCommand()
    {
        var id = RoleIdArgument();
        var grade = new Option<string>("--grade") { Description = "The grade, e.g. GL-7 or GS-12 (GL for law-enforcement roles at grades 3 to 10)", HelpName = "GRADE", Required = true };
        var step = new Option<int>("--step") { Description = "The step, 1 to 10", HelpName = "N", DefaultValueFactory = _ => 1 };
        var locality = new Option<string>("--locality")
        {
            Description = "A locality pay area's id (e.g. houston-the-woodlands) or OPM name, a unique part of one, or the city of an ICE field office, e.g. Newark (default: Rest of U.S.; see 'icecareers localities')",
            HelpName = "AREA",
            DefaultValueFactory = _ => PayEstimator.DefaultLocality,
        };
        var asOf = new Option<string?>("--as-of") { Description = "The date the pay is for (default: today); the tables in force then apply (2026's from 2026-01-11)", HelpName = "YYYY-MM-DD" };
        var format = FormatOption("text", "json");
        var command = new Command("pay", "Estimate what a role pays at a grade, step and locality, with premium pay, the pay cap, incentives and sources")
        {
            id, grade, step, locality, asOf, format,
        };
        Examples(command, "icecareers pay deportation-officer --grade GL-7", "icecareers pay hsi-special-agent --grade GL-9 --step 3 --locality Houston", "icecareers pay program-analyst --grade GS-11 --format json");
        Define(command, parse =>
        {
            var problems = new List<string>();
            var gradeText = parse.GetRequiredValue(grade);
            if (!PayGrade.TryParse(gradeText, out var payGrade))
            {
                problems.Add($"--grade: '{gradeText}' is not a grade; expected GS-N or GL-N with N from 1 to 15, for example GL-7.");
            }

            var date = ParseDate(parse.GetValue(asOf), "--as-of", problems) ?? Today();
            ThrowIfAny(problems);
            var catalog = LoadCatalog(parse);
            var role = catalog.GetRole(parse.GetRequiredValue(id));
            var estimator = new PayEstimator(catalog);
            if (!estimator.TryEstimate(role.Id, payGrade, parse.GetValue(step), parse.GetValue(locality), date, out var estimate, out var error))
            {
                throw new CliInputException(OptionFor(error) + WithoutParameter(error) + (OptionFor(error) == "--locality: " ? LocalitiesHint : ""));
            }

            if (IsJson(parse, format))
            {
                return WriteJson(estimate, IceCareersJsonContext.Default.PayEstimate);
            }

            WritePay(estimate);
            return Success;
        });
        return command;
    }

    /// <summary>Names the option a library message is about, from the parameter name the library puts in it.</summary>
    private static string OptionFor(string message) =>
        message.Contains("(Parameter 'step')", StringComparison.Ordinal) ? "--step: "
        : message.Contains("(Parameter 'grade')", StringComparison.Ordinal) ? "--grade: "
        : message.Contains("(Parameter 'locality')", StringComparison.Ordinal) ? "--locality: "
        : message.Contains("(Parameter 'asOf')", StringComparison.Ordinal) ? "--as-of: "
        : "";

    /// <summary>The message without the " (Parameter 'x')" the runtime appends; the option name leads the line instead.</summary>
    private static string WithoutParameter(string message)
    {
        var at = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return at < 0 ? message : message[..at] + message[(message.IndexOf(')', at) + 1)..];
    }

    private void WritePay(PayEstimate estimate)
    {
        Text.Paragraph(_out, $"{estimate.RoleId} at {estimate.Grade} step {Text.Number(estimate.Step)}, {estimate.Locality}, {Text.Date(estimate.AsOf)}", "  ", "");
        _out.WriteLine();
        var adjusted = estimate.SpecialRateTable is { } table
            ? $"Special rate (table {table}, +{Text.Number(estimate.LocalityPercent)} %)"
            : $"Locality rate (+{Text.Number(estimate.LocalityPercent)} %)";
        var premium = estimate.Premium.Kind switch
        {
            PremiumKind.Leap => $"LEAP {Text.Number(estimate.Premium.MinPercent)} %",
            PremiumKind.Auo => $"AUO {Text.Number(estimate.Premium.MinPercent)}–{Text.Number(estimate.Premium.MaxPercent)} %",
            _ => "none in the data",
        };
        new TextTable("", "Annual")
            .Add("Base rate", Dollars(estimate.BasePay))
            .Add(adjusted + (LevelIvBound(estimate) ? ", capped" : ""), Dollars(estimate.AdjustedPay))
            .Add("Premium: " + premium, "")
            .Add("Total", estimate.TotalMin == estimate.TotalMax ? Dollars(estimate.TotalMin) : $"{Dollars(estimate.TotalMin)} – {Dollars(estimate.TotalMax)}")
            .Write(_out, "  ");
        if (LevelIvBound(estimate))
        {
            _out.WriteLine($"  Limited to the pay cap, {Dollars(estimate.PayCap)} (Executive Schedule level IV).");
        }

        if (estimate.PremiumCapped && estimate.PremiumPayLimit is { } limit)
        {
            _out.WriteLine($"  Total limited to {Dollars(limit)} a year: the premium-pay limit (5 U.S.C. 5547(a)).");
        }

        foreach (var incentive in estimate.Incentives)
        {
            var amount = incentive.MaxAmount is { } max && !incentive.Text.Contains('$', StringComparison.Ordinal) ? $" (up to {Dollars(max)})" : "";
            Text.Paragraph(_out, $"Incentive: {incentive.Text}{amount} — since {Text.Date(incentive.From)}, {Text.Words(incentive.Confidence).ToLowerInvariant()} confidence [{string.Join(", ", incentive.Sources)}]", "    ", "  ");
        }

        foreach (var note in estimate.Notes)
        {
            Text.Paragraph(_out, "Note: " + note, "    ", "  ");
        }

        _out.WriteLine();
        Text.Paragraph(_out, "Sources: " + string.Join(", ", estimate.Sources), "  ", "");
    }

    /// <summary>Whether the adjusted rate itself was limited to Executive Schedule level IV (not only the total with premium).</summary>
    private static bool LevelIvBound(PayEstimate estimate) => estimate.Capped && estimate.AdjustedPay == estimate.PayCap && estimate.BasePay < estimate.PayCap;

    private static string Dollars(int amount) => "$" + amount.ToString("N0", CultureInfo.InvariantCulture);
}
