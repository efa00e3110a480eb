-- wrk script: reads the records whose tokens are listed in $TOKENS, in turn, for the purpose
-- `bench`. wrk.path is /api/v1/orgs/<org>/vault/records.
local tokens = {}
local i = 0
local base = ""

function init(args)
  base = wrk.path
  for line in io.lines(os.getenv("TOKENS")) do
    table.insert(tokens, line)
  end
  i = math.random(#tokens)
end

function request()
  i = i % #tokens + 1
  return wrk.format("GET", base .. "/" .. tokens[i] .. "?purpose=bench")
end
