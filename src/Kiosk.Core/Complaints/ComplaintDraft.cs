namespace Kiosk.Core.Complaints;

/// <summary>What a resident typed, before it is checked.</summary>
public sealed record ComplaintDraft(string? Category, string? Village, string? Description, string? Name = null, string? Nik = null, string? Phone = null);
