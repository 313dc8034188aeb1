using System.Globalization;
using System.Text.Json;
using IceCareers.Postings;

namespace IceCareers.UsaJobs;

/// <summary>The <c>MatchedObjectDescriptor</c> part of <see cref="SearchResultReader"/>: one posting and its scalar readers.</summary>
internal sealed partial class SearchResultReader
{
    private const string Negotiable = "Location Negotiable After Selection";
    private const string Multiple = "Multiple Locations";

    /// <summary>A search result item (<c>MatchedObjectId</c> + <c>MatchedObjectDescriptor</c>) or a bare descriptor: both fill one posting.</summary>
    private Announcement ReadItemOrDescriptor(ref Utf8JsonReader reader)
    {
        var start = reader.TokenStartIndex;
        var posting = new Posting();
        ReadDescriptorMembers(ref reader, posting, allowItemMembers: true);
        if (posting.PositionId is null || posting.Title is null)
        {
            var missing = posting.PositionId is null && posting.Title is null
                ? "has neither 'PositionID' nor 'PositionTitle': it is not a MatchedObjectDescriptor or search result item"
                : posting.PositionId is null ? "has no 'PositionID' (the announcement number)" : "has no 'PositionTitle'";
            throw ProblemAt(start, "the posting " + missing + ".");
        }

        return posting.Build();
    }

    private void ReadDescriptorMembers(ref Utf8JsonReader reader, Posting posting, bool allowItemMembers)
    {
        while (NextProperty(ref reader, out var name))
        {
            Push("." + name);
            switch (name)
            {
                case "MatchedObjectId" when allowItemMembers:
                    posting.ControlNumber = Text(ref reader, "the USAJOBS control number");
                    break;
                case "MatchedObjectDescriptor" when allowItemMembers:
                    ExpectObject(ref reader, "the MatchedObjectDescriptor");
                    ReadDescriptorMembers(ref reader, posting, allowItemMembers: false);
                    break;
                case "PositionID":
                    posting.PositionId = Text(ref reader, "the announcement number");
                    break;
                case "PositionTitle":
                    posting.Title = Text(ref reader, "the job title");
                    break;
                case "PositionURI":
                    posting.PositionUri = Text(ref reader, "the announcement's address");
                    break;
                case "ApplyURI":
                    posting.ApplyUris = TextList(ref reader, "the addresses to apply at");
                    break;
                case "PositionLocationDisplay":
                    posting.LocationDisplay = Text(ref reader, "the location summary");
                    break;
                case "PositionLocation":
                    posting.Locations = ObjectList(ref reader, "the duty locations", ReadLocation);
                    break;
                case "OrganizationName":
                    posting.OrganizationName = Text(ref reader, "the organisation's name");
                    break;
                case "DepartmentName":
                    posting.DepartmentName = Text(ref reader, "the department's name");
                    break;
                case "JobCategory":
                    posting.Series = Codes(ref reader, "the occupational series");
                    break;
                case "JobGrade":
                    posting.PayPlans = Codes(ref reader, "the pay plans");
                    break;
                case "PositionRemuneration":
                    posting.Pay = ObjectList(ref reader, "the pay ranges", ReadPay);
                    break;
                case "PublicationStartDate":
                    posting.Opens = Date(ref reader, "the publication start date");
                    break;
                case "ApplicationCloseDate":
                    posting.Closes = Date(ref reader, "the application close date");
                    break;
                case "QualificationSummary":
                    posting.QualificationSummary = Text(ref reader, "the qualification summary");
                    break;
                case "UserArea":
                    ReadUserArea(ref reader, posting);
                    break;
                default:
                    reader.Skip();
                    break;
            }

            Pop();
        }
    }

    private void ReadUserArea(ref Utf8JsonReader reader, Posting posting)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        ExpectObject(ref reader, "the UserArea");
        while (NextProperty(ref reader, out var name))
        {
            if (name != "Details" || reader.TokenType == JsonTokenType.Null)
            {
                reader.Skip();
                continue;
            }

            Push(".Details");
            ExpectObject(ref reader, "the UserArea details");
            ReadDetails(ref reader, posting);
            Pop();
        }
    }

    private void ReadDetails(ref Utf8JsonReader reader, Posting posting)
    {
        while (NextProperty(ref reader, out var name))
        {
            Push("." + name);
            switch (name)
            {
                case "JobSummary":
                    posting.JobSummary = Text(ref reader, "the job summary");
                    break;
                case "WhoMayApply":
                    ReadWhoMayApply(ref reader, posting);
                    break;
                case "LowGrade":
                    posting.LowGrade = Text(ref reader, "the low grade");
                    break;
                case "HighGrade":
                    posting.HighGrade = Text(ref reader, "the high grade");
                    break;
                case "PromotionPotential":
                    posting.PromotionPotential = Text(ref reader, "the promotion potential");
                    break;
                case "OrganizationCodes":
                    posting.OrganizationCodes = Text(ref reader, "the organisation codes");
                    break;
                case "HiringPath":
                    posting.HiringPaths = TextList(ref reader, "the hiring paths");
                    break;
                case "TotalOpenings":
                    posting.TotalOpenings = Text(ref reader, "the number of openings");
                    break;
                case "DrugTestRequired":
                    posting.DrugTest = Flag(ref reader, "whether a drug test is required");
                    break;
                case "SecurityClearance":
                    posting.SecurityClearance = Text(ref reader, "the security clearance");
                    break;
                case "PositionSensitivitiy":
                    posting.Sensitivity = Text(ref reader, "the position sensitivity");
                    break;
                case "MajorDuties":
                    posting.MajorDuties = TextList(ref reader, "the major duties");
                    break;
                default:
                    reader.Skip();
                    break;
            }

            Pop();
        }
    }

    private void ReadWhoMayApply(ref Utf8JsonReader reader, Posting posting)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            posting.WhoMayApply = Text(ref reader, "who may apply");
            return;
        }

        while (NextProperty(ref reader, out var name))
        {
            Push("." + name);
            switch (name)
            {
                case "Name":
                    posting.WhoMayApply = Text(ref reader, "who may apply");
                    break;
                case "Code":
                    posting.WhoMayApplyCode = Text(ref reader, "the who-may-apply code");
                    break;
                default:
                    reader.Skip();
                    break;
            }

            Pop();
        }
    }

    private AnnouncementLocation ReadLocation(ref Utf8JsonReader reader)
    {
        string? name = null, city = null, state = null, country = null;
        double? latitude = null, longitude = null;
        while (NextProperty(ref reader, out var member))
        {
            Push("." + member);
            switch (member)
            {
                case "LocationName":
                    name = Text(ref reader, "the location's name");
                    break;
                case "CityName":
                    city = Text(ref reader, "the city's name");
                    break;
                case "CountrySubDivisionCode":
                    state = Text(ref reader, "the state");
                    break;
                case "CountryCode":
                    country = Text(ref reader, "the country");
                    break;
                case "Latitude":
                    latitude = Number(ref reader, "the latitude");
                    break;
                case "Longitude":
                    longitude = Number(ref reader, "the longitude");
                    break;
                default:
                    reader.Skip();
                    break;
            }

            Pop();
        }

        var words = name ?? city ?? "";
        var kind = words.Contains(Negotiable, StringComparison.OrdinalIgnoreCase) ? LocationKind.NegotiableAfterSelection
            : words.StartsWith(Multiple[..^1], StringComparison.OrdinalIgnoreCase) ? LocationKind.Multiple
            : LocationKind.Place;
        var noPlace = latitude is 0 && longitude is 0;
        var cityText = city ?? name;
        var comma = cityText?.IndexOf(',', StringComparison.Ordinal) ?? -1;
        return new AnnouncementLocation
        {
            Kind = kind,
            Name = name,
            City = kind != LocationKind.Place ? null : comma > 0 ? cityText![..comma].Trim() : cityText,
            State = state is null || state.Equals("N/A", StringComparison.OrdinalIgnoreCase) ? null : state,
            Country = country,
            Latitude = noPlace ? null : latitude,
            Longitude = noPlace ? null : longitude,
        };
    }

    private PayRange ReadPay(ref Utf8JsonReader reader)
    {
        decimal? minimum = null, maximum = null;
        string? interval = null, description = null;
        while (NextProperty(ref reader, out var member))
        {
            Push("." + member);
            switch (member)
            {
                case "MinimumRange":
                    minimum = Amount(ref reader, "the minimum pay");
                    break;
                case "MaximumRange":
                    maximum = Amount(ref reader, "the maximum pay");
                    break;
                case "RateIntervalCode":
                    interval = Text(ref reader, "the pay interval");
                    break;
                case "Description":
                    description = Text(ref reader, "the pay description");
                    break;
                default:
                    reader.Skip();
                    break;
            }

            Pop();
        }

        return new PayRange { Minimum = minimum, Maximum = maximum, IntervalCode = interval, Description = description };
    }

    /// <summary>An array of <c>{ "Name": …, "Code": … }</c> objects (<c>JobCategory</c>, <c>JobGrade</c>): the codes, in order.</summary>
    private List<string> Codes(ref Utf8JsonReader reader, string what) => ObjectList(ref reader, what, ReadCode).OfType<string>().ToList();

    private string? ReadCode(ref Utf8JsonReader reader)
    {
        string? code = null;
        while (NextProperty(ref reader, out var member))
        {
            if (member == "Code")
            {
                Push(".Code");
                code = Text(ref reader, "the code");
                Pop();
            }
            else
            {
                reader.Skip();
            }
        }

        return code;
    }

    private delegate T ElementReader<T>(ref Utf8JsonReader reader);

    private List<T> ObjectList<T>(ref Utf8JsonReader reader, string what, ElementReader<T> read)
    {
        var items = new List<T>();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return items;
        }

        ExpectArray(ref reader, what);
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Push("[" + index.ToString(CultureInfo.InvariantCulture) + "]");
            if (reader.TokenType != JsonTokenType.Null)
            {
                ExpectObject(ref reader, "an element of " + what);
                items.Add(read(ref reader));
            }

            Pop();
            index++;
        }

        return items;
    }

    private List<string> TextList(ref Utf8JsonReader reader, string what)
    {
        var items = new List<string>();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return items;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            // Some responses write a single text where the API documents a list.
            if (Text(ref reader, what) is { } single)
            {
                items.Add(single);
            }

            return items;
        }

        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Push("[" + index.ToString(CultureInfo.InvariantCulture) + "]");
            if (Text(ref reader, "an element of " + what) is { } text)
            {
                items.Add(text);
            }

            Pop();
            index++;
        }

        return items;
    }

    /// <summary>Text as written, trimmed; an empty text is absent. A number is taken as the text it is written as.</summary>
    private string? Text(ref Utf8JsonReader reader, string what)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                var text = reader.GetString()!.Trim();
                return text.Length == 0 ? null : text;
            case JsonTokenType.Number:
                return Utf8(reader.ValueSpan);
            default:
                throw Problem(ref reader, $"expected {what} as text, found {Describe(reader.TokenType)}.");
        }
    }

    private int? Integer(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number))
        {
            return number;
        }

        var text = Text(ref reader, what);
        return text is null ? null
            : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out number) ? number
            : throw Problem(ref reader, $"expected {what} as a whole number, found {Quote(text)}.");
    }

    private decimal? Amount(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var number))
        {
            return number;
        }

        var text = Text(ref reader, what);
        return text is null ? null
            : decimal.TryParse(text.Replace("$", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out number) ? number
            : throw Problem(ref reader, $"expected {what} as an amount such as \"97738.0\", found {Quote(text)}.");
    }

    private double? Number(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var number))
        {
            return number;
        }

        var text = Text(ref reader, what);
        return text is null ? null
            : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number) && double.IsFinite(number) ? number
            : throw Problem(ref reader, $"expected {what} as a number, found {Quote(text)}.");
    }

    /// <summary>JSON true or false, or the texts "True" and "False" that USAJOBS writes; any other text is unknown.</summary>
    private bool? Flag(ref Utf8JsonReader reader, string what)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                var text = reader.GetString()!.Trim();
                return text.Equals("true", StringComparison.OrdinalIgnoreCase) ? true
                    : text.Equals("false", StringComparison.OrdinalIgnoreCase) ? false
                    : null;
            default:
                throw Problem(ref reader, $"expected {what} as \"True\" or \"False\", found {Describe(reader.TokenType)}.");
        }
    }

    /// <summary>
    /// The calendar date of a date-time as written: "2016-06-08T00:00:00Z", "2022-03-25T11:18:12.4200" (no offset, four
    /// fraction digits), "2026-01-29T23:59:59.997-05:00", "2024-03-22" and other invariant forms. The time and offset
    /// are dropped, not converted, so a posting closing at 23:59:59 Eastern keeps its own closing day.
    /// </summary>
    private DateOnly? Date(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            throw Problem(ref reader, $"expected {what} as a date-time text such as \"2026-01-29T23:59:59.997\", found a number.");
        }

        var text = Text(ref reader, what);
        if (text is null)
        {
            return null;
        }

        if (text.Length <= 64
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var value))
        {
            return DateOnly.FromDateTime(value.DateTime);
        }

        throw Problem(ref reader, $"expected {what} as a date-time such as \"2026-01-29T23:59:59.997\", found {Quote(text)}.");
    }

    /// <summary>What one posting has gathered so far; becomes an immutable <see cref="Announcement"/>.</summary>
    private sealed class Posting
    {
        public string? ControlNumber;
        public string? PositionId;
        public string? Title;
        public string? PositionUri;
        public List<string>? ApplyUris;
        public string? LocationDisplay;
        public List<AnnouncementLocation>? Locations;
        public string? OrganizationName;
        public string? DepartmentName;
        public string? OrganizationCodes;
        public List<string>? Series;
        public List<string>? PayPlans;
        public List<PayRange>? Pay;
        public DateOnly? Opens;
        public DateOnly? Closes;
        public string? QualificationSummary;
        public string? JobSummary;
        public string? WhoMayApply;
        public string? WhoMayApplyCode;
        public string? LowGrade;
        public string? HighGrade;
        public string? PromotionPotential;
        public List<string>? HiringPaths;
        public string? TotalOpenings;
        public bool? DrugTest;
        public string? SecurityClearance;
        public string? Sensitivity;
        public List<string>? MajorDuties;

        public Announcement Build() => new()
        {
            ControlNumber = ControlNumber,
            PositionId = PositionId!,
            Title = Title!,
            PositionUri = PositionUri,
            ApplyUris = ApplyUris ?? [],
            OrganizationName = OrganizationName,
            DepartmentName = DepartmentName,
            OrganizationCodes = OrganizationCodes,
            Series = Series ?? [],
            PayPlans = PayPlans ?? [],
            LowGrade = LowGrade,
            HighGrade = HighGrade,
            PromotionPotential = PromotionPotential,
            Pay = Pay ?? [],
            Locations = Locations ?? [],
            LocationDisplay = LocationDisplay,
            PublicationStartDate = Opens,
            ApplicationCloseDate = Closes,
            HiringPaths = HiringPaths ?? [],
            WhoMayApply = WhoMayApply,
            WhoMayApplyCode = WhoMayApplyCode,
            TotalOpenings = TotalOpenings,
            DrugTestRequired = DrugTest,
            SecurityClearance = SecurityClearance,
            PositionSensitivity = Sensitivity,
            MajorDuties = MajorDuties ?? [],
            QualificationSummary = QualificationSummary,
            JobSummary = JobSummary,
        };
    }
}
