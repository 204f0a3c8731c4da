// Every FsCheck property runs from one fixed seed, so CI replays exactly what ran here and a red build is a real
// regression, never the luck of a draw. To explore new cases, build with exploration on and FsCheck draws a fresh seed
// per property (printed on failure; paste it into [Property(Replay = "…")] to replay):
//
//     dotnet test tests/TaiSupport.Core.Tests -p:TaiExploreProperties=true --filter "FullyQualifiedName~Properties"
//
// (README, "Repository").
#if !TAI_EXPLORE_PROPERTIES
[assembly: FsCheck.Xunit.Properties(Replay = "(20261206,1971)")]
#endif
