using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace SyncConsole.Tests.Fakes;

/// <summary>
/// A tiny AWS KMS (JSON 1.1 protocol: Encrypt and Decrypt) on 127.0.0.1, so the real AWS SDK is exercised over real
/// HTTP. Like KMS, the ciphertext names its key, so Decrypt needs no key id.
/// </summary>
internal sealed class FakeKmsServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeKmsServer(WebApplication app) => this.app = app;

    public Uri Url => new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public ConcurrentQueue<(string Target, string? Authorization)> Calls { get; } = new();

    public static async Task<FakeKmsServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var server = new FakeKmsServer(builder.Build());
        server.app.MapPost("/", server.HandleAsync);
        await server.app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext http)
    {
        var target = http.Request.Headers["X-Amz-Target"].ToString();
        Calls.Enqueue((target, http.Request.Headers.Authorization.ToString()));
        using var body = await JsonDocument.ParseAsync(http.Request.Body);
        object response = target switch
        {
            "TrentService.Encrypt" => Encrypt(body.RootElement),
            "TrentService.Decrypt" => Decrypt(body.RootElement),
            _ => throw new InvalidOperationException($"Unexpected KMS call {target}"),
        };
        http.Response.ContentType = "application/x-amz-json-1.1";
        await http.Response.WriteAsync(JsonSerializer.Serialize(response));
    }

    private static object Encrypt(JsonElement request)
    {
        var keyId = request.GetProperty("KeyId").GetString()!;
        var plaintext = Convert.FromBase64String(request.GetProperty("Plaintext").GetString()!);
        var blob = Encoding.UTF8.GetBytes($"fakekms|{keyId}|").Concat(plaintext.Select(b => (byte)(b ^ 0x5A))).ToArray();
        return new { CiphertextBlob = Convert.ToBase64String(blob), KeyId = Arn(keyId), EncryptionAlgorithm = "SYMMETRIC_DEFAULT" };
    }

    private static object Decrypt(JsonElement request)
    {
        var blob = Convert.FromBase64String(request.GetProperty("CiphertextBlob").GetString()!);
        var header = Encoding.UTF8.GetString(blob).Split('|');
        var prefixLength = Encoding.UTF8.GetByteCount($"fakekms|{header[1]}|");
        var plaintext = blob[prefixLength..].Select(b => (byte)(b ^ 0x5A)).ToArray();
        return new { Plaintext = Convert.ToBase64String(plaintext), KeyId = Arn(header[1]), EncryptionAlgorithm = "SYMMETRIC_DEFAULT" };
    }

    private static string Arn(string keyId) => $"arn:aws:kms:us-east-1:000000000000:key/{keyId}";
}
