using ScriptGen.Core.Bundling;
using ScriptGen.Core.Catalog;
using ScriptGen.Core.Generation;
using ScriptGen.Core.IO;
using ScriptGen.Core.Linting;
using ScriptGen.Core.Parameters;
using ScriptGen.Core.Tests.Support;
using ScriptGen.Testing;

namespace ScriptGen.Core.Tests.Templates;

/// <summary>
/// Every script and the change record of the built-in push-notification-proxy set, for every variant and cloud the
/// command accepts, with fixed sample values. Reviewing a diff of these snapshots is how a template change is reviewed.
/// </summary>
public sealed class PushNotificationProxySnapshotTests : IDisposable
{
    private static readonly DateTimeOffset Created = new(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _temp = new();

    public static TheoryData<string, string> VariantsAndClouds()
    {
        var data = new TheoryData<string, string>();
        foreach (var variant in new[] { "graph", "msonline" })
        {
            foreach (var cloud in new[] { "Global", "GCC", "GCCHigh", "DoD", "China" })
            {
                data.Add(variant, cloud);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(VariantsAndClouds))]
    public void Bundle_matches_its_snapshots(string variant, string cloud)
    {
        var set = BuiltInTemplateCatalog.Instance.Find("push-notification-proxy")!;
        var raw = new Dictionary<string, string?>
        {
            ["tenant"] = cloud == "China" ? "contoso.partner.onmschina.cn" : "contoso.com",
            ["environment"] = "prod",
            ["cloud"] = cloud,
            ["variant"] = variant,
            ["mailboxServer"] = "ex01.contoso.com",
            ["changeId"] = "CHG0012345",
            ["pushUri"] = cloud switch
            {
                "GCCHigh" => "https://push.contoso.us/PushNotifications",
                "DoD" => "https://push.contoso.mil/PushNotifications",
                "China" => "https://push.contoso.cn/PushNotifications",
                _ => null,
            },
        };
        var values = ParameterValidator.Validate(set.Declaration, raw, allowRetired: true);
        Assert.Empty(values.Errors);

        var outcome = new BundleGenerator(new EngineScriptLinter(), PhysicalFileSystem.Instance, ToolInfo.Current)
            .Generate(new GenerateRequest(set, values.Values!, _temp.Path, Force: false, Created));

        Assert.Equal(GenerateStatus.Created, outcome.Status);
        foreach (var file in Directory.EnumerateFiles(outcome.BundleFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(outcome.BundleFolder, file).Replace('\\', '/');
            var extension = Path.GetExtension(relative).TrimStart('.');
            if (relative is BundleLayout.Manifest or BundleLayout.VerifyScript)
            {
                continue;
            }

            Snapshot.Verify(File.ReadAllBytes(file), $"{variant}-{cloud}/{relative[..^(extension.Length + 1)]}", extension);
        }
    }

    public void Dispose() => _temp.Dispose();
}
