using Amazon;
using Amazon.KeyManagementService;
using SyncConsole.Data;
using SyncConsole.Hosting;

namespace SyncConsole.Security.Credentials;

internal static class CredentialHostingExtensions
{
    public static void AddCredentialProtection(this IHostApplicationBuilder builder, SyncConsoleDatabase database)
    {
        var options = builder.AddValidatedOptions<CredentialOptions, CredentialOptionsValidator>(CredentialOptions.SectionName);
        switch (options.Provider)
        {
            case KeyProviderKind.LocalKeyRing:
                var ringFile = Path.Combine(database.DataDirectory, "keys", "credential-keyring.json");
                builder.Services.AddSingleton<IKeyWrapper>(_ => LocalKeyRing.FromOptions(options.LocalKeyRing, ringFile));
                break;
            case KeyProviderKind.AwsKms:
                builder.Services.AddSingleton<IAmazonKeyManagementService>(_ => new AmazonKeyManagementServiceClient(KmsConfig(options.AwsKms)));
                builder.Services.AddSingleton<IKeyWrapper>(sp =>
                    new AwsKmsKeyWrapper(sp.GetRequiredService<IAmazonKeyManagementService>(), options.AwsKms.KeyId!));
                break;
            default:
                throw new InvalidOperationException($"Unknown key provider {options.Provider}.");
        }

        builder.Services.AddSingleton<CredentialProtector>();
    }

    private static AmazonKeyManagementServiceConfig KmsConfig(AwsKmsOptions kms)
    {
        var config = new AmazonKeyManagementServiceConfig();
        if (kms.ServiceUrl is not null)
        {
            config.ServiceURL = kms.ServiceUrl.ToString();
            config.AuthenticationRegion = kms.Region ?? "us-east-1";
        }
        else if (kms.Region is not null)
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(kms.Region);
        }

        return config;
    }
}
