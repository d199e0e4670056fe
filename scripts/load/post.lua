-- wrk: POST the document named by VANBAN_DOCUMENT; with VANBAN_REQUESTS, each thread stops after
-- its share of that many answers (wrk itself only knows durations).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/yaml"
local file = assert(io.open(os.getenv("VANBAN_DOCUMENT"), "rb"))
wrk.body = file:read("*a")
file:close()

local limit = tonumber(os.getenv("VANBAN_REQUESTS") or "0")
local threads = tonumber(os.getenv("VANBAN_THREADS") or "1")
local answered = 0

function response(status, headers, body)
    answered = answered + 1
    if limit > 0 and answered >= limit / threads then wrk.thread:stop() end
end
