using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Kiosk.Core.Queue;
using Kiosk.Hardware.Printer;

namespace Kiosk.Host.Tests.Composition;

/// <summary>
/// The rules of the house (docs/architecture.md), checked on the source tree and the assemblies:
/// imports only go down the floors, one type per name, one registration per feature.
/// </summary>
public partial class HouseRulesTests
{
    private static readonly string[] Features = ["Queue", "Complaints", "Status", "Sms", "Printing", "Sync", "Gpio", "Health", "Admin", "Ui", "Http", "Voice", "Counters"];

    [Fact]
    public void Core_knows_nothing_of_the_hardware_or_the_host()
    {
        var references = typeof(QueueService).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.DoesNotContain("Kiosk.Hardware", references);
        Assert.DoesNotContain("kiosk", references);
        Assert.DoesNotContain(references, r => r!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public void Hardware_never_uses_the_host()
    {
        var references = typeof(KioskPrinter).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.DoesNotContain("kiosk", references);
    }

    [Fact]
    public void No_type_name_is_declared_twice_in_src_or_tests()
    {
        var declarations = SourceFiles("src", "tests", "bench")
            .SelectMany(file => TypeDeclaration().Matches(File.ReadAllText(file)).Select(m => (Name: m.Groups["name"].Value, File: Relative(file))))
            .GroupBy(d => d.Name, StringComparer.Ordinal)
            .Where(g => g.Select(d => d.File).Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(d => d.File))}")
            .ToList();

        Assert.True(declarations.Count == 0, "Declared more than once:\n" + string.Join("\n", declarations));
    }

    [Fact]
    public void Every_host_feature_registers_itself_in_one_setup_file()
    {
        var host = Path.Combine(RepositoryRoot(), "src", "Kiosk.Host");
        var missing = Features
            .Where(feature => Directory.GetFiles(Path.Combine(host, feature), "*Setup.cs").Length != 1)
            .ToList();

        Assert.True(missing.Count == 0, "Features without exactly one *Setup.cs: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_host_assembly_has_no_types_outside_a_feature_namespace()
    {
        var allowed = Features.Select(f => $"Kiosk.Host.{f}").Concat(["Kiosk.Host.Admin.Cli", "Kiosk.Host.Composition", "Kiosk.Host"]).ToHashSet(StringComparer.Ordinal);
        var stray = typeof(Program).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("Kiosk.Host", StringComparison.Ordinal) == true && !allowed.Contains(t.Namespace))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(stray);
    }

    private static IEnumerable<string> SourceFiles(params string[] roots) =>
        roots.SelectMany(root => Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), root), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/node_modules/", StringComparison.Ordinal));

    private static string Relative(string file) => Path.GetRelativePath(RepositoryRoot(), file);

    private static string RepositoryRoot([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));

    /// <summary>class, record, struct, interface or enum declarations, nested ones included (not generic parameters or variables).</summary>
    [GeneratedRegex(@"^\s*(?:\[[^\]]*\]\s*)*(?:(?:public|internal|private|protected|file|static|sealed|abstract|readonly|partial|unsafe|ref|new)\s+)*(?:record\s+(?:struct|class)|record|class|struct|interface|enum)\s+(?<name>[A-Z][A-Za-z0-9_]*)", RegexOptions.Multiline)]
    private static partial Regex TypeDeclaration();
}
