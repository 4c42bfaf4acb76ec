using namespace System.Text
using namespace System.IO
using module PSReadLine
using module @{ ModuleName = 'PowerShellGet'; ModuleVersion = '2.2.5' }
using assembly System.Xml
#Requires -Version 5.1
#requires -PSEdition Desktop, Core
#Requires -Modules ExchangeOnlineManagement, @{ ModuleName = 'Microsoft.Graph.Authentication'; ModuleVersion = '2.0.0' }
#Requires -RunAsAdministrator
# requires is only a directive when it directly follows the hash

$builder = [StringBuilder]::new()
[void]$builder.Append('x')
