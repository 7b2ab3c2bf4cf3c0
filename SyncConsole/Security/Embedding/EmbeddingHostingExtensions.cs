using Microsoft.AspNetCore.Authentication;
using SyncConsole.Hosting;

namespace SyncConsole.Security.Embedding;

internal static class EmbeddingHostingExtensions
{
    /// <summary>Embedding options, embed tokens and the embedded session's cookie scheme.</summary>
    public static AuthenticationBuilder AddEmbedding(this AuthenticationBuilder authentication, IHostApplicationBuilder builder)
    {
        var embedding = builder.AddValidatedOptions<EmbeddingOptions, EmbeddingOptionsValidator>(EmbeddingOptions.SectionName);
        builder.Services.AddSingleton<EmbedTokenReplayGuard>();
        builder.Services.AddSingleton<EmbedTokens>();
        return authentication.AddEmbedSession(embedding);
    }

    /// <summary>Framing headers and the embed token exchange; after authentication, before authorization.</summary>
    public static IApplicationBuilder UseEmbedding(this IApplicationBuilder app) => app.UseMiddleware<EmbeddingMiddleware>();
}
