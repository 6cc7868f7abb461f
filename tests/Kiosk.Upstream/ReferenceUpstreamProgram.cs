namespace Kiosk.Upstream;

/// <summary>
/// The reference upstream of docs/sync-protocol.md, for tests and demos:
/// <c>dotnet run --project tests/Kiosk.Upstream -- --urls http://127.0.0.1:5080 --token demo</c>.
/// </summary>
public static class ReferenceUpstreamProgram
{
    public static async Task<int> Main(string[] args)
    {
        WebApplication app;
        try
        {
            app = UpstreamApp.Build(args);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 2;
        }

        await using (app)
        {
            await app.RunAsync();
        }

        return 0;
    }
}
