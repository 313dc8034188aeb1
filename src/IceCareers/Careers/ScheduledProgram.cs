namespace IceCareers.Careers;

/// <summary>A program placed on the calendar: its first and last training day. Immutable.</summary>
/// <param name="ProgramId">The program's id.</param>
/// <param name="Start">The first training day.</param>
/// <param name="End">The last training day.</param>
public sealed record ScheduledProgram(string ProgramId, DateOnly Start, DateOnly End);
