using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using IceCareers.Postings;

namespace IceCareers.UsaJobs;

/// <summary>
/// The <c>MatchedObjectDescriptor</c> part of <see cref="SearchResultReader"/>: one table per JSON object of a posting
/// says which members are read, what each is called in words, how it is read (its <see cref="Shape"/>) and where it
/// goes. One loop reads every object through its table; a new member is one line in a table.
/// </summary>
internal sealed partial class SearchResultReader
{
    private const string Negotiable = "Location Negotiable After Selection";
    private const string Multiple = "Multiple Locations";

    /// <summary>How a member's value is read and checked.</summary>
    private enum Shape
    {
        /// <summary>Text shown on one line: line breaks and control characters become spaces.</summary>
        Line,

        /// <summary>Text that may hold paragraphs: line breaks are kept (as \n), other control characters become spaces.</summary>
        Paragraph,

        /// <summary>A list of <see cref="Line"/> texts (or a single text).</summary>
        LineList,

        /// <summary>A list of <see cref="Paragraph"/> texts (or a single text).</summary>
        ParagraphList,

        /// <summary>An array of <c>{ "Name": …, "Code": … }</c> objects: the codes.</summary>
        Codes,

        /// <summary>A date-time text: its calendar date.</summary>
        Date,

        /// <summary>true/false or "True"/"False".</summary>
        Flag,

        /// <summary>A grade: a whole number from 1 to 15, or a word (a band letter, "None").</summary>
        Grade,

        /// <summary>An amount of pay: not negative, at most <see cref="PostingLimits.MaxPay"/>.</summary>
        Amount,

        /// <summary>A latitude, from -90 to 90.</summary>
        Latitude,

        /// <summary>A longitude, from -180 to 180.</summary>
        Longitude,

        /// <summary>The duty locations: an array of location objects.</summary>
        Locations,

        /// <summary>The pay ranges: an array of pay objects.</summary>
        PayRanges,

        /// <summary>A nested object read through its own table into the same posting.</summary>
        Nested,

        /// <summary>Who may apply: a text, or an object read through <see cref="WhoMayApplyFields"/>.</summary>
        TextOrNested,
    }

    /// <summary>One member of a JSON object: its name in words, how it is read, where it goes, and (nested) its own table.</summary>
    private sealed record Field<T>(string What, Shape Shape, Action<T, object?>? Set, Func<FrozenDictionary<string, Field<T>>>? Members = null);

    private static readonly FrozenDictionary<string, Field<Posting>> WhoMayApplyFields = new Dictionary<string, Field<Posting>>
    {
        ["Name"] = new("who may apply", Shape.Line, (p, v) => p.WhoMayApply = (string?)v),
        ["Code"] = new("the who-may-apply code", Shape.Line, (p, v) => p.WhoMayApplyCode = (string?)v),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, Field<Posting>> DetailFields = new Dictionary<string, Field<Posting>>
    {
        ["JobSummary"] = new("the job summary", Shape.Paragraph, (p, v) => p.JobSummary = (string?)v),
        ["WhoMayApply"] = new("who may apply", Shape.TextOrNested, (p, v) => p.WhoMayApply = (string?)v, () => WhoMayApplyFields),
        ["LowGrade"] = new("the low grade", Shape.Grade, (p, v) => p.LowGrade = (string?)v),
        ["HighGrade"] = new("the high grade", Shape.Grade, (p, v) => p.HighGrade = (string?)v),
        ["PromotionPotential"] = new("the promotion potential", Shape.Grade, (p, v) => p.PromotionPotential = (string?)v),
        ["OrganizationCodes"] = new("the organisation codes", Shape.Line, (p, v) => p.OrganizationCodes = (string?)v),
        ["HiringPath"] = new("the hiring paths", Shape.LineList, (p, v) => p.HiringPaths = (List<string>?)v),
        ["TotalOpenings"] = new("the number of openings", Shape.Line, (p, v) => p.TotalOpenings = (string?)v),
        ["DrugTestRequired"] = new("whether a drug test is required", Shape.Flag, (p, v) => p.DrugTest = (bool?)v),
        ["SecurityClearance"] = new("the security clearance", Shape.Line, (p, v) => p.SecurityClearance = (string?)v),
        ["PositionSensitivitiy"] = new("the position sensitivity", Shape.Line, (p, v) => p.Sensitivity = (string?)v),
        ["MajorDuties"] = new("the major duties", Shape.ParagraphList, (p, v) => p.MajorDuties = (List<string>?)v),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, Field<Posting>> UserAreaFields = new Dictionary<string, Field<Posting>>
    {
        ["Details"] = new("the UserArea details", Shape.Nested, null, () => DetailFields),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly Dictionary<string, Field<Posting>> DescriptorTable = new()
    {
        ["PositionID"] = new("the announcement number", Shape.Line, (p, v) => p.PositionId = (string?)v),
        ["PositionTitle"] = new("the job title", Shape.Line, (p, v) => p.Title = (string?)v),
        ["PositionURI"] = new("the announcement's address", Shape.Line, (p, v) => p.PositionUri = (string?)v),
        ["ApplyURI"] = new("the addresses to apply at", Shape.LineList, (p, v) => p.ApplyUris = (List<string>?)v),
        ["PositionLocationDisplay"] = new("the location summary", Shape.Line, (p, v) => p.LocationDisplay = (string?)v),
        ["PositionLocation"] = new("the duty locations", Shape.Locations, (p, v) => p.Locations = (List<AnnouncementLocation>?)v),
        ["OrganizationName"] = new("the organisation's name", Shape.Line, (p, v) => p.OrganizationName = (string?)v),
        ["DepartmentName"] = new("the department's name", Shape.Line, (p, v) => p.DepartmentName = (string?)v),
        ["JobCategory"] = new("the occupational series", Shape.Codes, (p, v) => p.Series = (List<string>?)v),
        ["JobGrade"] = new("the pay plans", Shape.Codes, (p, v) => p.PayPlans = (List<string>?)v),
        ["PositionRemuneration"] = new("the pay ranges", Shape.PayRanges, (p, v) => p.Pay = (List<PayRange>?)v),
        ["PublicationStartDate"] = new("the publication start date", Shape.Date, (p, v) => p.Opens = (DateOnly?)v),
        ["ApplicationCloseDate"] = new("the application close date", Shape.Date, (p, v) => p.Closes = (DateOnly?)v),
        ["QualificationSummary"] = new("the qualification summary", Shape.Paragraph, (p, v) => p.QualificationSummary = (string?)v),
        ["UserArea"] = new("the UserArea", Shape.Nested, null, () => UserAreaFields),
    };

    private static readonly FrozenDictionary<string, Field<Posting>> DescriptorFields = DescriptorTable.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>A search result item holds the control number and the descriptor; a bare descriptor is read at the same level.</summary>
    private static readonly FrozenDictionary<string, Field<Posting>> ItemFields = new Dictionary<string, Field<Posting>>(DescriptorTable)
    {
        ["MatchedObjectId"] = new("the USAJOBS control number", Shape.Line, (p, v) => p.ControlNumber = (string?)v),
        ["MatchedObjectDescriptor"] = new("the MatchedObjectDescriptor", Shape.Nested, null, () => DescriptorFields),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, Field<Location>> LocationFields = new Dictionary<string, Field<Location>>
    {
        ["LocationName"] = new("the location's name", Shape.Line, (l, v) => l.Name = (string?)v),
        ["CityName"] = new("the city's name", Shape.Line, (l, v) => l.City = (string?)v),
        ["CountrySubDivisionCode"] = new("the state", Shape.Line, (l, v) => l.State = (string?)v),
        ["CountryCode"] = new("the country", Shape.Line, (l, v) => l.Country = (string?)v),
        ["Latitude"] = new("the latitude", Shape.Latitude, (l, v) => l.Latitude = (double?)v),
        ["Longitude"] = new("the longitude", Shape.Longitude, (l, v) => l.Longitude = (double?)v),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, Field<Pay>> PayFields = new Dictionary<string, Field<Pay>>
    {
        ["MinimumRange"] = new("the minimum pay", Shape.Amount, (r, v) => r.Minimum = (decimal?)v),
        ["MaximumRange"] = new("the maximum pay", Shape.Amount, (r, v) => r.Maximum = (decimal?)v),
        ["RateIntervalCode"] = new("the pay interval", Shape.Line, (r, v) => r.Interval = (string?)v),
        ["Description"] = new("the pay description", Shape.Line, (r, v) => r.Description = (string?)v),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, Field<CodeHolder>> CodeFields = new Dictionary<string, Field<CodeHolder>>
    {
        ["Code"] = new("the code", Shape.Line, (c, v) => c.Code = (string?)v),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>A search result item (<c>MatchedObjectId</c> + <c>MatchedObjectDescriptor</c>) or a bare descriptor: both fill one posting.</summary>
    private Announcement ReadItemOrDescriptor(ref Utf8JsonReader reader)
    {
        var start = reader.TokenStartIndex;
        var posting = new Posting();
        ReadMembers(ref reader, posting, ItemFields);
        if (posting.PositionId is null || posting.Title is null)
        {
            var missing = posting.PositionId is null && posting.Title is null
                ? "has neither 'PositionID' nor 'PositionTitle': it is not a MatchedObjectDescriptor or search result item"
                : posting.PositionId is null ? "has no 'PositionID' (the announcement number)" : "has no 'PositionTitle'";
            throw ProblemAt(start, "the posting " + missing + ".");
        }

        return posting.Build();
    }

    /// <summary>Reads the members of the object the reader is on into <paramref name="target"/> through <paramref name="fields"/>; others are skipped, none may repeat.</summary>
    private void ReadMembers<T>(ref Utf8JsonReader reader, T target, FrozenDictionary<string, Field<T>> fields)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (NextProperty(ref reader, out var name, seen))
        {
            if (!fields.TryGetValue(name, out var field))
            {
                reader.Skip();
                continue;
            }

            Push("." + name);
            switch (field.Shape)
            {
                case Shape.Nested:
                    if (reader.TokenType != JsonTokenType.Null)
                    {
                        ExpectObject(ref reader, field.What);
                        ReadMembers(ref reader, target, field.Members!());
                    }

                    break;
                case Shape.TextOrNested when reader.TokenType == JsonTokenType.StartObject:
                    ReadMembers(ref reader, target, field.Members!());
                    break;
                default:
                    field.Set!(target, Value(ref reader, field.What, field.Shape));
                    break;
            }

            Pop();
        }
    }

    /// <summary>The value of one member, read and checked as its shape says.</summary>
    private object? Value(ref Utf8JsonReader reader, string what, Shape shape) => shape switch
    {
        Shape.Line or Shape.TextOrNested => Text(ref reader, what, singleLine: true),
        Shape.Paragraph => Text(ref reader, what, singleLine: false),
        Shape.LineList => TextList(ref reader, what, singleLine: true),
        Shape.ParagraphList => TextList(ref reader, what, singleLine: false),
        Shape.Codes => ObjectList(ref reader, what, ReadCode).OfType<string>().ToList(),
        Shape.Date => Date(ref reader, what),
        Shape.Flag => Flag(ref reader, what),
        Shape.Grade => Grade(ref reader, what),
        Shape.Amount => Amount(ref reader, what),
        Shape.Latitude => Number(ref reader, what, PostingLimits.MaxLatitude),
        Shape.Longitude => Number(ref reader, what, PostingLimits.MaxLongitude),
        Shape.Locations => ObjectList(ref reader, what, ReadLocation),
        Shape.PayRanges => ObjectList(ref reader, what, ReadPay),
        _ => throw new InvalidOperationException("A nested member has no value of its own."),
    };

    private AnnouncementLocation ReadLocation(ref Utf8JsonReader reader)
    {
        var l = new Location();
        ReadMembers(ref reader, l, LocationFields);
        var words = l.Name ?? l.City ?? "";
        var kind = words.Contains(Negotiable, StringComparison.OrdinalIgnoreCase) ? LocationKind.NegotiableAfterSelection
            : words.StartsWith(Multiple[..^1], StringComparison.OrdinalIgnoreCase) ? LocationKind.Multiple
            : LocationKind.Place;
        var noPlace = l.Latitude is 0 && l.Longitude is 0;
        var cityText = l.City ?? l.Name;
        var comma = cityText?.IndexOf(',', StringComparison.Ordinal) ?? -1;
        return new AnnouncementLocation
        {
            Kind = kind,
            Name = l.Name,
            City = kind != LocationKind.Place ? null : comma > 0 ? cityText![..comma].Trim() : cityText,
            State = l.State is null || l.State.Equals("N/A", StringComparison.OrdinalIgnoreCase) ? null : l.State,
            Country = l.Country,
            Latitude = noPlace ? null : l.Latitude,
            Longitude = noPlace ? null : l.Longitude,
        };
    }

    private PayRange ReadPay(ref Utf8JsonReader reader)
    {
        var start = reader.TokenStartIndex;
        var pay = new Pay();
        ReadMembers(ref reader, pay, PayFields);
        if (pay.Minimum is { } min && pay.Maximum is { } max && min > max)
        {
            throw ProblemAt(start, string.Create(CultureInfo.InvariantCulture,
                $"the minimum pay ({min:N2}) is above the maximum pay ({max:N2}); a pay range runs from the lower amount to the higher."));
        }

        return new PayRange { Minimum = pay.Minimum, Maximum = pay.Maximum, IntervalCode = pay.Interval, Description = pay.Description };
    }

    private string? ReadCode(ref Utf8JsonReader reader)
    {
        var holder = new CodeHolder();
        ReadMembers(ref reader, holder, CodeFields);
        return holder.Code;
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

    private List<string> TextList(ref Utf8JsonReader reader, string what, bool singleLine)
    {
        var items = new List<string>();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return items;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            // Some responses write a single text where the API documents a list.
            if (Text(ref reader, what, singleLine) is { } single)
            {
                items.Add(single);
            }

            return items;
        }

        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Push("[" + index.ToString(CultureInfo.InvariantCulture) + "]");
            if (Text(ref reader, "an element of " + what, singleLine) is { } text)
            {
                items.Add(text);
            }

            Pop();
            index++;
        }

        return items;
    }

    /// <summary>
    /// Text as written, trimmed, on one line when <paramref name="singleLine"/> (see <see cref="PostingText"/>); an
    /// empty text is absent. A number is taken as the text it is written as.
    /// </summary>
    private string? Text(ref Utf8JsonReader reader, string what, bool singleLine = true)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                if (!Internal.JsonText.TryGetString(ref reader, out var raw))
                {
                    throw Problem(ref reader, $"{what}: {Internal.JsonText.LoneSurrogate}.");
                }

                var text = (singleLine ? PostingText.OneLine(raw) : PostingText.Paragraphs(raw)).Trim();
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

    /// <summary>A grade as written: a whole number must be 1 to 15; a word (a band letter, "None") is kept as text.</summary>
    private string? Grade(ref Utf8JsonReader reader, string what)
    {
        var text = Text(ref reader, what);
        if (text is null)
        {
            return null;
        }

        // "5" and "09" are grades; a word (a band letter, "None") is kept; any other number is out of range.
        var digits = text.All(char.IsAsciiDigit);
        if (!digits && !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            return text;
        }

        var trimmed = text.TrimStart('0');
        return digits && trimmed.Length <= 2 && int.Parse("0" + trimmed, CultureInfo.InvariantCulture) is >= PostingLimits.MinGrade and <= PostingLimits.MaxGrade
            ? text
            : throw Problem(ref reader, string.Create(CultureInfo.InvariantCulture,
                $"expected {what} as a grade from {PostingLimits.MinGrade} to {PostingLimits.MaxGrade} (or a band letter), found {Quote(text)}."));
    }

    private decimal? Amount(ref Utf8JsonReader reader, string what)
    {
        decimal? amount;
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var number))
        {
            amount = number;
        }
        else
        {
            var text = Text(ref reader, what);
            amount = text is null ? null
                : decimal.TryParse(text.Replace("$", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out number) ? number
                : throw Problem(ref reader, $"expected {what} as an amount such as \"97738.0\", found {Quote(text)}.");
        }

        return amount is null or (>= 0 and <= PostingLimits.MaxPay) ? amount
            : throw Problem(ref reader, string.Create(CultureInfo.InvariantCulture,
                $"expected {what} as an amount from 0 to {PostingLimits.MaxPay:N0} dollars, found {amount.Value:N2}."));
    }

    private double? Number(ref Utf8JsonReader reader, string what, double limit)
    {
        double? value;
        if (reader.TokenType == JsonTokenType.Number)
        {
            // A literal such as 1e400 reads as infinity: refuse it like any other number out of range.
            value = reader.TryGetDouble(out var n) ? n : double.PositiveInfinity;
        }
        else
        {
            var text = Text(ref reader, what);
            value = text is null ? null
                : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n
                : throw Problem(ref reader, $"expected {what} as a number, found {Quote(text)}.");
        }

        return value is null || (double.IsFinite(value.Value) && Math.Abs(value.Value) <= limit) ? value
            : throw Problem(ref reader, string.Create(CultureInfo.InvariantCulture,
                $"expected {what} as a number from -{limit} to {limit}, found {Quote(reader.TokenType == JsonTokenType.Number ? Utf8(reader.ValueSpan) : Text(ref reader, what) ?? "")}."));
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
                var text = Text(ref reader, what) ?? "";
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

    /// <summary>What one location has gathered so far.</summary>
    private sealed class Location
    {
        public string? Name;
        public string? City;
        public string? State;
        public string? Country;
        public double? Latitude;
        public double? Longitude;
    }

    /// <summary>What one pay range has gathered so far.</summary>
    private sealed class Pay
    {
        public decimal? Minimum;
        public decimal? Maximum;
        public string? Interval;
        public string? Description;
    }

    /// <summary>The code of one <c>{ "Name": …, "Code": … }</c> object.</summary>
    private sealed class CodeHolder
    {
        public string? Code;
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
