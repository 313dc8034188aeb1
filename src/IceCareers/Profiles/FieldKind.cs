namespace IceCareers.Profiles;

/// <summary>What one field of a profile document holds.</summary>
internal enum FieldKind
{
    Text,
    Bool,
    WholeNumber,
    Number,
    Date,
    Word,
    Object,
    List,

    /// <summary>A list of text values (campaign medals).</summary>
    TextList,
}
