using SyncConsole.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddSyncConsole();

var app = builder.Build();
app.MapSyncConsole();
await app.RunAsync();

/// <summary>Entry point; public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
