#!/usr/bin/env bash
# Creates Keepage's Dataverse schema through the Web API metadata endpoints (EntityDefinitions POST):
# publisher "keepage" (prefix kpg), solution "keepage", table kpg_referralkpi with alternate key kpg_key, activity
# table kpg_leakagealert with alternate key kpg_key, and the NPI column kpg_npi on contact. See docs/dataverse.md.
#
# Usage:  DATAVERSE_URL=https://contoso.crm.dynamics.com ./provision.sh
# Token:  DATAVERSE_TOKEN, or else taken from the Azure CLI (az login as a System Customizer / System Administrator).
# Docs:   https://learn.microsoft.com/power-apps/developer/data-platform/webapi/create-update-entity-definitions-using-web-api
#         https://learn.microsoft.com/power-apps/developer/data-platform/define-alternate-keys-entity
# Re-running is safe: a step whose table, column or key already exists is reported and skipped.
set -euo pipefail

url="${DATAVERSE_URL:?Set DATAVERSE_URL to the environment URL, e.g. https://contoso.crm.dynamics.com}"
url="${url%/}"
api="$url/api/data/v9.2"
token="${DATAVERSE_TOKEN:-$(az account get-access-token --resource "$url" --query accessToken -o tsv)}"
solution="${DATAVERSE_SOLUTION:-keepage}"
language="${DATAVERSE_LANGUAGE:-1033}"

label() { printf '{"LocalizedLabels":[{"Label":"%s","LanguageCode":%s}]}' "$1" "$language"; }
required() { printf '{"Value":"%s","CanBeChanged":true,"ManagedPropertyLogicalName":"canmodifyrequirementlevelsettings"}' "$1"; }

# POST a body; 2xx is success, "already exists" is skipped, anything else stops the script.
post() {
  local path="$1" body="$2" what="$3" out status
  out="$(mktemp)"
  status="$(curl -sS -o "$out" -w '%{http_code}' -X POST "$api/$path" \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json; charset=utf-8' \
    -H 'OData-MaxVersion: 4.0' -H 'OData-Version: 4.0' -H 'Accept: application/json' \
    -H "MSCRM.SolutionUniqueName: $solution" --data "$body")"
  if [[ "$status" == 2* ]]; then
    echo "created  $what"
  elif grep -qiE 'already exists|is not unique|duplicate' "$out"; then
    echo "exists   $what"
  else
    echo "FAILED   $what ($status): $(cat "$out")" >&2
    rm -f "$out"
    exit 1
  fi
  rm -f "$out"
}

text() { # schema name, label, max length [, required level]
  printf '{"@odata.type":"Microsoft.Dynamics.CRM.StringAttributeMetadata","SchemaName":"%s","DisplayName":%s,"RequiredLevel":%s,"MaxLength":%s,"FormatName":{"Value":"Text"}}' \
    "$1" "$(label "$2")" "$(required "${4:-None}")" "$3"
}
decimal() { # schema name, label, precision
  printf '{"@odata.type":"Microsoft.Dynamics.CRM.DecimalAttributeMetadata","SchemaName":"%s","DisplayName":%s,"RequiredLevel":%s,"Precision":%s,"MinValue":-100000000000,"MaxValue":100000000000}' \
    "$1" "$(label "$2")" "$(required None)" "$3"
}
whole() {
  printf '{"@odata.type":"Microsoft.Dynamics.CRM.IntegerAttributeMetadata","SchemaName":"%s","DisplayName":%s,"RequiredLevel":%s,"Format":"None","MinValue":0,"MaxValue":2147483647}' \
    "$1" "$(label "$2")" "$(required None)"
}
dateonly() {
  printf '{"@odata.type":"Microsoft.Dynamics.CRM.DateTimeAttributeMetadata","SchemaName":"%s","DisplayName":%s,"RequiredLevel":%s,"Format":"DateOnly","DateTimeBehavior":{"Value":"DateOnly"}}' \
    "$1" "$(label "$2")" "$(required None)"
}
key() { # table logical name, key schema name, column
  post "EntityDefinitions(LogicalName='$1')/Keys" \
    "{\"SchemaName\":\"$2\",\"DisplayName\":$(label "Keepage key"),\"KeyAttributes\":[\"$3\"]}" "alternate key $1.$3"
}

publisher="{\"uniquename\":\"keepage\",\"friendlyname\":\"Keepage\",\"customizationprefix\":\"kpg\",\"customizationoptionvalueprefix\":72700,\"description\":\"Keepage referral analytics\"}"
post publishers "$publisher" "publisher keepage (prefix kpg)"
publisher_id="$(curl -sS "$api/publishers?\$select=publisherid&\$filter=uniquename%20eq%20'keepage'" -H "Authorization: Bearer $token" -H 'Accept: application/json' \
  | sed -n 's/.*"publisherid":"\([0-9a-f-]*\)".*/\1/p')"
post solutions "{\"uniquename\":\"$solution\",\"friendlyname\":\"Keepage\",\"version\":\"1.0.0.0\",\"publisherid@odata.bind\":\"/publishers($publisher_id)\"}" "solution $solution"

post EntityDefinitions "{
  \"@odata.type\":\"Microsoft.Dynamics.CRM.EntityMetadata\",\"SchemaName\":\"kpg_referralkpi\",
  \"DisplayName\":$(label 'Referral KPI'),\"DisplayCollectionName\":$(label 'Referral KPIs'),
  \"Description\":$(label 'Referral KPI values written by Keepage (aggregates only, no patient data).'),
  \"OwnershipType\":\"OrganizationOwned\",\"IsActivity\":false,\"HasActivities\":false,\"HasNotes\":false,
  \"ChangeTrackingEnabled\":true,
  \"Attributes\":[$(text kpg_name 'Name' 100 ApplicationRequired | sed 's/"SchemaName"/"IsPrimaryName":true,"SchemaName"/')]
}" "table kpg_referralkpi"
for column in \
  "$(text kpg_key 'Key' 200 ApplicationRequired)" "$(text kpg_kpi 'KPI' 100)" "$(text kpg_grain 'Grain' 50)" \
  "$(text kpg_subjectid 'Subject id' 100)" "$(text kpg_subjectname 'Subject name' 200)" "$(text kpg_periodtype 'Period type' 20)" \
  "$(dateonly kpg_periodstart 'Period start')" "$(decimal kpg_value 'Value' 4)" "$(decimal kpg_previousvalue 'Previous value' 4)" \
  "$(decimal kpg_changepercent 'Change %' 2)" "$(whole kpg_count 'Count')" "$(decimal kpg_coverage 'Coverage' 4)"; do
  post "EntityDefinitions(LogicalName='kpg_referralkpi')/Attributes" "$column" "column kpg_referralkpi.$(sed 's/.*"SchemaName":"\([a-z_]*\)".*/\1/' <<<"$column")"
done
key kpg_referralkpi kpg_referralkpi_key kpg_key

# A custom activity: primary name SchemaName "Subject", user-owned, notes on, shown on the timeline (wire spec A12).
post EntityDefinitions "{
  \"@odata.type\":\"Microsoft.Dynamics.CRM.EntityMetadata\",\"SchemaName\":\"kpg_leakagealert\",
  \"DisplayName\":$(label 'Leakage alert'),\"DisplayCollectionName\":$(label 'Leakage alerts'),
  \"Description\":$(label 'Referral leakage alerts raised by Keepage, on the timeline of the provider or practice.'),
  \"OwnershipType\":\"UserOwned\",\"IsActivity\":true,\"ActivityTypeMask\":1,\"IsAvailableOffline\":true,
  \"HasActivities\":false,\"HasNotes\":true,\"ChangeTrackingEnabled\":true,
  \"Attributes\":[$(text Subject 'Subject' 200 ApplicationRequired | sed 's/"SchemaName"/"IsPrimaryName":true,"SchemaName"/')]
}" "activity table kpg_leakagealert"
for column in \
  "$(text kpg_key 'Key' 200 ApplicationRequired)" "$(text kpg_rule 'Rule' 50)" "$(text kpg_subjecttype 'Subject type' 20)" \
  "$(text kpg_subjectid 'Subject id' 100)" "$(text kpg_period 'Period' 20)" "$(text kpg_severity 'Severity' 20)" \
  "$(decimal kpg_expected 'Expected' 2)" "$(decimal kpg_observed 'Observed' 2)"; do
  post "EntityDefinitions(LogicalName='kpg_leakagealert')/Attributes" "$column" "column kpg_leakagealert.$(sed 's/.*"SchemaName":"\([a-z_]*\)".*/\1/' <<<"$column")"
done
key kpg_leakagealert kpg_leakagealert_key kpg_key

if [[ "${DATAVERSE_SKIP_NPI:-}" != "1" ]]; then
  post "EntityDefinitions(LogicalName='contact')/Attributes" "$(text kpg_npi 'NPI' 10)" "column contact.kpg_npi"
fi

curl -sS -o /dev/null -X POST "$api/PublishXml" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  --data '{"ParameterXml":"<importexportxml><entities><entity>kpg_referralkpi</entity><entity>kpg_leakagealert</entity><entity>contact</entity></entities></importexportxml>"}'
echo "published. Alternate keys build in the background: check EntityKeyIndexStatus is Active (docs/dataverse.md)."
