using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Parsing;

/// <summary>
/// A class marked [DscResource()] must have Get, Set and Test methods of the right shapes, a key property and a
/// default constructor if it has any; members may come from base classes defined in the same script.
/// </summary>
internal static class DscResourceChecks
{
    private static readonly HashSet<string> IntegerTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "int", "long", "short", "byte", "sbyte", "uint", "ulong", "ushort", "int16", "int32", "int64", "uint16", "uint32", "uint64",
        "System.Int16", "System.Int32", "System.Int64", "System.UInt16", "System.UInt32", "System.UInt64", "System.Byte", "System.SByte",
    };

    private sealed class Findings
    {
        public bool HasSet;
        public bool HasGet;
        public bool HasTest;
        public bool HasKey;
    }

    public static void Check(TypeDefinitionNode type, AttributeNode dscResource, ParseDiagnostics diagnostics)
    {
        var found = new Findings();
        var hasDefaultConstructor = false;
        var hasOtherConstructor = false;
        var types = type.GetRoot().DescendantsOfType<TypeDefinitionNode>().ToList();
        foreach (var member in type.Members)
        {
            if (member is FunctionMemberNode { IsConstructor: true } constructor)
            {
                hasDefaultConstructor |= constructor.Parameters.Count == 0;
                hasOtherConstructor |= constructor.Parameters.Count > 0;
            }
        }

        CheckMembers(type, type, found, types, diagnostics, new HashSet<TypeDefinitionNode>());
        void Report(string errorId) => diagnostics.Report(errorId, dscResource.Span, type.Name);
        if (!found.HasSet)
        {
            Report(ErrorIds.DscResourceMissingSetMethod);
        }

        if (!found.HasGet)
        {
            Report(ErrorIds.DscResourceMissingGetMethod);
        }

        if (!found.HasTest)
        {
            Report(ErrorIds.DscResourceMissingTestMethod);
        }

        if (!hasDefaultConstructor && hasOtherConstructor)
        {
            Report(ErrorIds.DscResourceMissingDefaultConstructor);
        }

        if (!found.HasKey)
        {
            Report(ErrorIds.DscResourceMissingKeyProperty);
        }
    }

    private static void CheckMembers(TypeDefinitionNode resource, TypeDefinitionNode type, Findings found, List<TypeDefinitionNode> types,
        ParseDiagnostics diagnostics, HashSet<TypeDefinitionNode> visited)
    {
        if (!visited.Add(type))
        {
            return;
        }

        foreach (var member in type.Members)
        {
            if (member is FunctionMemberNode method)
            {
                CheckMethod(type, method, found, diagnostics);
            }
            else if (member is PropertyMemberNode property && !found.HasKey && IsKey(property))
            {
                found.HasKey = true;
                if (!IsAllowedKeyType(property, types))
                {
                    diagnostics.Report(ErrorIds.DscResourceInvalidKeyProperty, property.Span);
                }
            }
        }

        foreach (var baseType in type.BaseTypes)
        {
            var definition = types.Find(t => t.IsClass && t.Name.Equals(baseType.TypeName.FullName, StringComparison.OrdinalIgnoreCase));
            if (definition is not null)
            {
                CheckMembers(resource, definition, found, types, diagnostics, visited);
            }
        }
    }

    private static void CheckMethod(TypeDefinitionNode type, FunctionMemberNode method, Findings found, ParseDiagnostics diagnostics)
    {
        if (method.Parameters.Count != 0)
        {
            return;
        }

        var returnType = method.ReturnType?.TypeName;
        if (!found.HasSet && method.Name.Equals("Set", StringComparison.OrdinalIgnoreCase))
        {
            found.HasSet = returnType is null || TypeNames.IsVoid(returnType);
        }

        if (!found.HasTest && method.Name.Equals("Test", StringComparison.OrdinalIgnoreCase))
        {
            found.HasTest = returnType is not null && (returnType.FullName.Equals("bool", StringComparison.OrdinalIgnoreCase)
                || returnType.FullName.Equals("System.Boolean", StringComparison.OrdinalIgnoreCase)
                || returnType.FullName.Equals("boolean", StringComparison.OrdinalIgnoreCase));
        }

        if (!found.HasGet && method.Name.Equals("Get", StringComparison.OrdinalIgnoreCase))
        {
            var element = returnType is ArrayTypeNameNode array ? array.ElementType : returnType;
            if (element is null || !element.FullName.Equals(type.Name, StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Report(ErrorIds.DscResourceInvalidGetMethod, method.Span, type.Name);
            }

            found.HasGet = true;
        }
    }

    private static bool IsKey(PropertyMemberNode property)
    {
        foreach (var attribute in property.Attributes)
        {
            if (!attribute.TypeName.Name.Equals("DscProperty", StringComparison.OrdinalIgnoreCase)
                && !attribute.TypeName.Name.Equals("DscPropertyAttribute", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var named in attribute.NamedArguments)
            {
                if (named.ArgumentName.Equals("Key", StringComparison.OrdinalIgnoreCase)
                    && (named.Argument is null || named.Argument is VariableExpressionNode { Name: var name } && name.Equals("true", StringComparison.OrdinalIgnoreCase)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsAllowedKeyType(PropertyMemberNode property, List<TypeDefinitionNode> types)
    {
        if (property.PropertyType?.TypeName is not SimpleTypeNameNode typeName)
        {
            return false;
        }

        var name = typeName.FullName;
        return name.Equals("string", StringComparison.OrdinalIgnoreCase) || name.Equals("System.String", StringComparison.OrdinalIgnoreCase)
            || IntegerTypes.Contains(name) || types.Exists(t => t.IsEnum && t.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
    }
}
