namespace ThanhMieu.Portal.Tests.Unit;

/// <summary>The portal's source folder, found from the test binaries, for tests that read the sources themselves.</summary>
internal static class SourceTree
{
    public static string ProjectFolder { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "src", "ThanhMieu.Portal");
            if (File.Exists(Path.Combine(candidate, "ThanhMieu.Portal.csproj")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/ThanhMieu.Portal not found above " + AppContext.BaseDirectory);
    }
}
