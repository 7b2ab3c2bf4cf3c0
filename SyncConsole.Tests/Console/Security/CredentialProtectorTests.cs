using System.Security.Cryptography;
using Amazon.KeyManagementService;
using Amazon.Runtime;
using SyncConsole.Security.Credentials;
using SyncConsole.Tests.Fakes;

namespace SyncConsole.Tests.Console.Security;

public sealed class CredentialProtectorTests
{
    private const string Purpose = "connection:tenant-a:quickbooks";
    private const string Secret = """{"access_token":"at-123","refresh_token":"rt-456"}""";
    private static readonly byte[] KeyA = RandomNumberGenerator.GetBytes(32);
    private static readonly byte[] KeyB = RandomNumberGenerator.GetBytes(32);

    [Fact]
    public async Task Protect_ThenUnprotect_RoundTripsAndHidesThePlaintext()
    {
        var protector = new CredentialProtector(new LocalKeyRing(Ring(("a", KeyA)), "a"));

        var stored = await protector.ProtectAsync(Secret, Purpose, default);

        Assert.DoesNotContain("at-123", stored, StringComparison.Ordinal);
        Assert.Equal(Secret, await protector.UnprotectAsync(stored, Purpose, default));
    }

    [Fact]
    public async Task Unprotect_OtherPurpose_Fails()
    {
        var protector = new CredentialProtector(new LocalKeyRing(Ring(("a", KeyA)), "a"));
        var stored = await protector.ProtectAsync(Secret, Purpose, default);

        await Assert.ThrowsAnyAsync<CryptographicException>(() => protector.UnprotectAsync(stored, "connection:tenant-b:quickbooks", default));
    }

    [Fact]
    public async Task LocalKeyRing_RotatedToNewKey_OldSecretsStillDecryptAndNewOnesUseTheNewKey()
    {
        var before = new CredentialProtector(new LocalKeyRing(Ring(("a", KeyA)), "a"));
        var old = await before.ProtectAsync(Secret, Purpose, default);

        var after = new CredentialProtector(new LocalKeyRing(Ring(("a", KeyA), ("b", KeyB)), "b"));
        var fresh = await after.ProtectAsync(Secret, Purpose, default);

        Assert.Equal(Secret, await after.UnprotectAsync(old, Purpose, default));
        Assert.Equal("a", CredentialProtector.KeyIdOf(old));
        Assert.Equal("b", CredentialProtector.KeyIdOf(fresh));
        var tooEarly = new CredentialProtector(new LocalKeyRing(Ring(("b", KeyB)), "b"));
        var error = await Assert.ThrowsAnyAsync<CryptographicException>(() => tooEarly.UnprotectAsync(old, Purpose, default));
        Assert.Contains("'a'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LocalKeyRing_GeneratedFile_IsPrivateAndReusedByTheNextStart()
    {
        var folder = Directory.CreateTempSubdirectory("keyring-").FullName;
        var file = Path.Combine(folder, "keys", "credential-keyring.json");
        try
        {
            var first = new CredentialProtector(LocalKeyRing.FromOptions(new LocalKeyRingOptions(), file));
            var stored = await first.ProtectAsync(Secret, Purpose, default);
            var second = new CredentialProtector(LocalKeyRing.FromOptions(new LocalKeyRingOptions(), file));

            Assert.Equal(Secret, await second.UnprotectAsync(stored, Purpose, default));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task LocalKeyRing_ManyStartsAtOnce_AllUseTheOneRingThatLanded()
    {
        // Nodes or test hosts on one machine share the data folder and start together; none may read a half-written ring.
        for (var round = 0; round < 20; round++)
        {
            var folder = Directory.CreateTempSubdirectory("keyring-").FullName;
            var file = Path.Combine(folder, "keys", "credential-keyring.json");
            try
            {
                using var start = new Barrier(8);
                var rings = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
                {
                    start.SignalAndWait();
                    return LocalKeyRing.FromOptions(new LocalKeyRingOptions(), file);
                })));

                var stored = await new CredentialProtector(rings[0]).ProtectAsync(Secret, Purpose, default);
                foreach (var ring in rings)
                {
                    Assert.Equal(Secret, await new CredentialProtector(ring).UnprotectAsync(stored, Purpose, default));
                }

                Assert.DoesNotContain(Directory.GetFiles(Path.GetDirectoryName(file)!), f => f.EndsWith(".draft", StringComparison.Ordinal));
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task AwsKms_RealSdkOverHttp_RoundTripsAndSurvivesKeyRotation()
    {
        await using var kms = await FakeKmsServer.StartAsync();
        using var client = new AmazonKeyManagementServiceClient(
            new BasicAWSCredentials("AKIDEXAMPLE", "secret"),
            new AmazonKeyManagementServiceConfig { ServiceURL = kms.Url.ToString(), AuthenticationRegion = "us-east-1" });

        var old = await new CredentialProtector(new AwsKmsKeyWrapper(client, "key-2025")).ProtectAsync(Secret, Purpose, default);
        var rotated = new CredentialProtector(new AwsKmsKeyWrapper(client, "key-2026"));
        var fresh = await rotated.ProtectAsync(Secret, Purpose, default);

        Assert.Equal(Secret, await rotated.UnprotectAsync(old, Purpose, default));
        Assert.Equal(Secret, await rotated.UnprotectAsync(fresh, Purpose, default));
        Assert.EndsWith("key-2025", CredentialProtector.KeyIdOf(old), StringComparison.Ordinal);
        Assert.EndsWith("key-2026", CredentialProtector.KeyIdOf(fresh), StringComparison.Ordinal);
        Assert.Contains(kms.Calls, c => c.Target == "TrentService.Decrypt");
        Assert.All(kms.Calls, c => Assert.StartsWith("AWS4-HMAC-SHA256", c.Authorization, StringComparison.Ordinal));
    }

    private static Dictionary<string, byte[]> Ring(params (string Id, byte[] Key)[] keys) =>
        keys.ToDictionary(k => k.Id, k => k.Key, StringComparer.Ordinal);
}
