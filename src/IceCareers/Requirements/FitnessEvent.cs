namespace IceCareers.Requirements;

/// <summary>An event of a physical fitness test.</summary>
public enum FitnessEvent
{
    /// <summary>Sit-ups in one minute.</summary>
    SitUps,

    /// <summary>Push-ups in one minute.</summary>
    PushUps,

    /// <summary>A 220-yard sprint, timed.</summary>
    Sprint220Yards,

    /// <summary>A 1.5-mile run, timed.</summary>
    Run1_5Miles,
}
