using System.Text;
using ScriptGen.Templates.Checking;
using ScriptGen.Templates.Reading;

namespace ScriptGen.Core.Catalog;

/// <summary>
/// Turns the bytes of a template set's files into a checked <see cref="TemplateSet"/>, applying the same checker as
/// the build. A set with any error is refused before anything renders.
/// </summary>
public static class TemplateSetLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Loads a set from files keyed by their path within the set (forward slashes).</summary>
    public static TemplateSetLoadResult Load(IReadOnlyDictionary<string, byte[]> files, TemplateSetOrigin origin)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var decodeProblems = new List<TemplateProblem>();
        foreach (var (path, bytes) in files)
        {
            try
            {
                texts[path] = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                decodeProblems.Add(TemplateSetFiles.NotUtf8(path));
            }
        }

        var result = TemplateSetChecker.Check(texts);
        var problems = decodeProblems.Concat(result.Problems).ToArray();
        if (!result.IsUsable || decodeProblems.Count > 0)
        {
            return new TemplateSetLoadResult(null, problems);
        }

        var templateFiles = texts.ToDictionary(
            pair => pair.Key,
            pair => new TemplateFile(pair.Key, pair.Value, Sha256Hex.Of(files[pair.Key])),
            StringComparer.Ordinal);
        return new TemplateSetLoadResult(new TemplateSet(result.Declaration!, templateFiles, origin), problems);
    }
}
