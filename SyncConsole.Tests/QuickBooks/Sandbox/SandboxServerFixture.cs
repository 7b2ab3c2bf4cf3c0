namespace SyncConsole.Tests.QuickBooks.Sandbox;

/// <summary>One emulator shared by a test class; tests isolate themselves with their own realms.</summary>
public sealed class SandboxServerFixture : IAsyncLifetime
{
    internal SandboxServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await SandboxServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
