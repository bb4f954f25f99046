// The namespaces most files of the portal use, imported once (the SDK's implicit usings add System and its kin).
global using System.ComponentModel.DataAnnotations;
global using System.Globalization;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.AspNetCore.Mvc.Rendering;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.Options;
global using ThanhMieu.Portal.Areas.Admin.Binding;
global using ThanhMieu.Portal.Areas.Admin.Models;
global using ThanhMieu.Portal.Areas.Admin.Services;
global using ThanhMieu.Portal.Data;
global using ThanhMieu.Portal.Data.Configurations;
global using ThanhMieu.Portal.Domain;
global using ThanhMieu.Portal.Options;
global using ThanhMieu.Portal.Resources;
global using ThanhMieu.Portal.Services;
