namespace IceCareers.Requirements;

/// <summary>What a record found in a candidate's history leads to under a screening policy.</summary>
public enum HistoryResponse
{
    /// <summary>The record does not count against the candidate.</summary>
    Acceptable,

    /// <summary>A person must weigh the record (whole-person review).</summary>
    NeedsReview,

    /// <summary>The record disqualifies.</summary>
    Disqualifies,
}
