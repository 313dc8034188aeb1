namespace IceCareers.Candidates;

/// <summary>The tenure of a federal appointment, as an SF-50 shows it.</summary>
public enum FederalTenure
{
    /// <summary>Career (tenure group 1): competitive status, reinstatement without time limit.</summary>
    Career,

    /// <summary>Career-conditional (tenure group 2): competitive status.</summary>
    CareerConditional,

    /// <summary>An excepted-service appointment without competitive status.</summary>
    Excepted,

    /// <summary>A temporary or term appointment.</summary>
    Temporary,
}
