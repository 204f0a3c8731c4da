using System.Reflection;
using System.Runtime.CompilerServices;
using TaiSupport.Core.Calendars;

namespace TaiSupport.Core.Tests.Design;

/// <summary>
/// Meta-tests of the design card (design.md "Properties every part keeps"), in the spirit of NodaTime's
/// MutabilityTest: every public engine type is sealed, static or abstract; nothing public is settable after
/// construction (builders excepted); no BCL date/time type appears in the public API.
/// </summary>
public sealed class DesignTests
{
    private static readonly Type[] PublicTypes = typeof(BusinessCalendar).Assembly.GetExportedTypes();

    private static readonly Type[] BclTimeTypes = [typeof(DateTime), typeof(DateTimeOffset), typeof(TimeSpan), typeof(TimeZoneInfo)];


    [Fact]
    public void PublicClasses_AreSealedStaticOrAbstract()
    {
        var open = PublicTypes.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !IsDelegate(t)).Select(t => t.FullName);
        Assert.Empty(open);
    }

    [Fact]
    public void PublicProperties_HaveNoPublicSetters_ExceptInitOnly()
    {
        var settable = PublicTypes
            .Where(t => !t.Name.EndsWith("Builder", StringComparison.Ordinal) && !t.Name.EndsWith("Options", StringComparison.Ordinal))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => $"{p.DeclaringType!.FullName}.{p.Name}");
        Assert.Empty(settable);
    }

    [Fact]
    public void PublicFields_AreReadOnlyOrConstant()
    {
        var mutable = PublicTypes
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsInitOnly && !f.IsLiteral && !f.DeclaringType!.IsEnum)
            .Select(f => $"{f.DeclaringType!.FullName}.{f.Name}");
        Assert.Empty(mutable);
    }

    [Fact]
    public void PublicSignatures_UseNodaTimeNotBclDateTimeTypes()
    {
        var offenders = PublicTypes
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => SignatureTypes(m).Any(UsesBclTime))
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}");
        Assert.Empty(offenders);
    }

    private static bool IsDelegate(Type type) => typeof(Delegate).IsAssignableFrom(type);

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static IEnumerable<Type> SignatureTypes(MemberInfo member) => member switch
    {
        PropertyInfo p => [p.PropertyType],
        FieldInfo f => [f.FieldType],
        MethodInfo m => [m.ReturnType, .. m.GetParameters().Select(p => p.ParameterType)],
        ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
        _ => [],
    };

    private static bool UsesBclTime(Type type) =>
        BclTimeTypes.Contains(type)
        || (type.HasElementType && UsesBclTime(type.GetElementType()!))
        || (type.IsGenericType && type.GetGenericArguments().Any(UsesBclTime));
}
