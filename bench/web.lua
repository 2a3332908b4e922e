-- wrk script of bench/web: POST /api/plan with the answers files given after `--`, in turn (one file: always it).
-- Each request is formatted once, in init; request() only hands the next one out, so wrk spends its time on the
-- network, not in Lua. No response() callback: wrk then counts statuses itself ("Non-2xx or 3xx responses").
local requests = {}
local next_request = 0

function init(args)
  for _, path in ipairs(args) do
    local file = assert(io.open(path, "rb"))
    local body = file:read("*a")
    file:close()
    requests[#requests + 1] = wrk.format("POST", "/api/plan", { ["Content-Type"] = "application/yaml" }, body)
  end
  assert(#requests > 0, "bench/web.lua: give the answers files after --")
end

function request()
  next_request = next_request % #requests + 1
  return requests[next_request]
end
