using SyncConsole.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddSyncConsole();

var app = builder.Build();
if (TokenCommand.IsInvoked(args))
{
    return TokenCommand.Run(app.Services, args, Console.Out, Console.Error);
}

app.MapSyncConsole();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
