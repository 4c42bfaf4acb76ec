using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Tests.Parsing;

public sealed class DscTests
{
    private const string ConfigurationText = """
        Configuration WebServer {
            param([string[]] $ComputerName = 'localhost')

            Import-DscResource -ModuleName PSDesiredStateConfiguration

            Node $ComputerName {
                WindowsFeature IIS {
                    Ensure = 'Present'
                    Name   = 'Web-Server'
                }

                File Content {
                    DestinationPath = 'C:\inetpub\wwwroot\index.html'
                    Contents        = 'hello'
                    DependsOn       = '[WindowsFeature]IIS'
                }
            }
        }
        """;

    [Fact]
    public void AConfigurationHasANameAndABody()
    {
        var configuration = ParseAssert.Single<ConfigurationDefinitionNode>(ConfigurationText);

        Assert.Equal("WebServer", configuration.InstanceName.Text);
        Assert.NotNull(configuration.Body.ScriptBlock.ParamBlock);
    }

    [Fact]
    public void NodesResourcesAndImportsAreDynamicKeywords()
    {
        var keywords = ParseAssert.Valid(ConfigurationText).Root.DescendantsOfType<DynamicKeywordStatementNode>().ToList();

        Assert.Equal(["Import-DscResource", "Node", "WindowsFeature", "File"], keywords.Select(static k => k.Source.GetText(k.KeywordToken.Span)));
    }

    [Fact]
    public void AResourceBodyIsAHashtable()
    {
        var file = ParseAssert.Valid(ConfigurationText).Root.DescendantsOfType<DynamicKeywordStatementNode>().Last();
        var body = file.Elements.OfType<HashtableNode>().Single();

        Assert.Equal(["DestinationPath", "Contents", "DependsOn"], body.KeyValuePairs.Select(static p => p.Key.Text));
    }
}
