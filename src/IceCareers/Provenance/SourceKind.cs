namespace IceCareers.Provenance;

/// <summary>What kind of document a <see cref="Source"/> is; it bounds how much weight the source can carry.</summary>
public enum SourceKind
{
    /// <summary>A federal statute (United States Code, Statutes at Large).</summary>
    Statute,

    /// <summary>A federal regulation (Code of Federal Regulations, Federal Register).</summary>
    Regulation,

    /// <summary>An agency's own publication (ice.gov, OPM, DHS, FLETC).</summary>
    Agency,

    /// <summary>A job announcement (USAJOBS or a mirror of one).</summary>
    Announcement,

    /// <summary>An accreditation body's statement (FLETA).</summary>
    Accreditation,

    /// <summary>A news report, usually of an official statement.</summary>
    News,

    /// <summary>A third-party page: career sites, forums, summaries. A lead, not proof.</summary>
    Secondary,

    /// <summary>A claim of the project's original brief, kept so reports can say where it stands.</summary>
    Seed,

    /// <summary>The project's own stated judgement where no source exists; always low confidence.</summary>
    Editorial,
}
