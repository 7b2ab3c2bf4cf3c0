using SyncConsole.Core.Orchestration;

namespace SyncConsole.Tests.Core;

public class CoreAssemblyTests
{
    [Fact]
    public void GetReferencedAssemblies_Core_ReferencesNoWebDatabaseOrHttpAssembly()
    {
        var references = typeof(SyncOrchestrator).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.NotEmpty(references);
        Assert.DoesNotContain(references, n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, n => n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, n => n.StartsWith("System.Net.Http", StringComparison.Ordinal));
        Assert.DoesNotContain(references, n => n.StartsWith("SyncConsole", StringComparison.Ordinal));
    }
}
