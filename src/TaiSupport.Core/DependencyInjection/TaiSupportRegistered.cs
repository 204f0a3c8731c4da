namespace TaiSupport.Core.DependencyInjection;

/// <summary>Marks a service collection on which <c>AddTaiSupport</c> already ran, so a second call fails loudly.</summary>
internal sealed class TaiSupportRegistered;
