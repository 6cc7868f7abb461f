namespace Kiosk.Core.Printing;

/// <summary>Where print jobs that failed wait for the printer.</summary>
public interface IPrintJobStore
{
    /// <summary>Adds or replaces a job (the same ticket failing again updates its job).</summary>
    void Put(PrintJob job);

    PrintJob? Find(string id);

    /// <summary>Jobs still to print, oldest first.</summary>
    IReadOnlyList<PrintJob> Pending();
}
