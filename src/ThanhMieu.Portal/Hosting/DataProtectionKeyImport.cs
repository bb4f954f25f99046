using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;

namespace ThanhMieu.Portal.Hosting;

/// <summary>
/// Before the keys moved into the database they were files in the data folder's <c>keys/</c>. The first start on the
/// database copies them in (once: only while the database holds no key), so the sessions and forms signed with them
/// stay valid; the folder is then no longer read and may be removed.
/// </summary>
public static partial class DataProtectionKeyImport
{
    /// <summary>The Data Protection application name every node shares: payloads protected on one node open on all.</summary>
    public const string ApplicationName = "ThanhMieu.Portal";

    /// <summary>The folder the keys were kept in before, under the data folder.</summary>
    public const string FolderName = "keys";

    public static async Task ImportFolderAsync(PortalDbContext db, string dataFolder, ILogger logger, CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(dataFolder, FolderName);
        if (!Directory.Exists(folder) || await db.DataProtectionKeys.AnyAsync(cancellationToken))
        {
            return;
        }

        var keys = new List<DataProtectionKey>();
        foreach (var file in Directory.EnumerateFiles(folder, "key-*.xml").Order(StringComparer.Ordinal))
        {
            try
            {
                // The file repository names each file after the key's friendly name; the database repository keeps both.
                var element = XElement.Load(file);
                if (element.Name.LocalName == "key")
                {
                    keys.Add(new DataProtectionKey { FriendlyName = Path.GetFileNameWithoutExtension(file), Xml = element.ToString(SaveOptions.DisableFormatting) });
                }
            }
            catch (System.Xml.XmlException e)
            {
                LogUnreadableKey(logger, file, e.Message);
            }
        }

        if (keys.Count > 0)
        {
            db.DataProtectionKeys.AddRange(keys);
            await db.SaveChangesAsync(cancellationToken);
            LogImported(logger, keys.Count, folder);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Copied {Count} Data Protection keys from {Folder} into the database; the folder is no longer read")]
    private static partial void LogImported(ILogger logger, int count, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped the Data Protection key file {File}, which is not XML ({Reason})")]
    private static partial void LogUnreadableKey(ILogger logger, string file, string reason);
}
