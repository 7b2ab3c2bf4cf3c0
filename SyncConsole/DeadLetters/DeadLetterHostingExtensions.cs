using SyncConsole.Hosting;

namespace SyncConsole.DeadLetters;

internal static class DeadLetterHostingExtensions
{
    /// <summary>Dead letters of failing records and the retry policy of transiently failed jobs.</summary>
    public static void AddDeadLetters(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<DeadLetterOptions, DeadLetterOptionsValidator>(DeadLetterOptions.SectionName);
        builder.Services.AddSingleton<DeadLetterRecorder>();
        builder.Services.AddSingleton<DeadLetterService>();
    }
}
