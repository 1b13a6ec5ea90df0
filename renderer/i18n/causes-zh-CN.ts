import type { CauseId } from '../../electron/shared/causes';
import type { McpCauseId } from '../../electron/shared/mcp';

/**
 * 原因目录的简体中文版本（英文原文由主进程的目录提供，是唯一来源）。测试会检查每个原因都有译文。
 */
export const causesZhCN: Record<CauseId, { title: string; explanation: string; fix: string }> = {
  'key-missing': { title: '没有 API 密钥', explanation: '既没有保存的密钥，也没有对应的环境变量，因此请求发出时不带认证头。', fix: '在此服务商的设置中添加密钥，或在启动 Switchboard 前设置它的环境变量。' },
  'header-empty': { title: '认证头为空', explanation: '认证头发出了，但里面没有可用的内容（例如“Bearer ”或“Bearer undefined”），服务商看不到密钥。', fix: '在设置中重新输入密钥；如果来自环境变量，请确认变量已设置并导出。' },
  'key-whitespace': { title: '密钥两端有空白', explanation: '密钥开头或结尾有空格、制表符或换行（常见于粘贴或读取文件），它们会作为密钥的一部分发出。', fix: '去掉密钥两端的空白。' },
  'key-quoted': { title: '密钥带有引号', explanation: '密钥被引号包围，引号会作为密钥的一部分发出。', fix: '去掉引号。' },
  'key-bearer-prefix': { title: '密钥包含“Bearer ”', explanation: '密钥本身以“Bearer ”开头，请求头会变成“Bearer Bearer …”。', fix: '去掉密钥中的“Bearer ”前缀。' },
  'key-invisible-chars': { title: '密钥中有不可见字符', explanation: '密钥包含零宽字符、不换行空格或其他非 ASCII 字符，通常来自网页或文档的复制。', fix: '去掉不可见字符，或从服务商控制台重新复制密钥。' },
  'key-wrong-provider': { title: '这是其他服务商的密钥', explanation: '密钥的前缀属于另一个服务商，此服务不会接受它。', fix: '使用此服务商签发的密钥，或把这个密钥移到它所属的服务商。' },
  'auth-scheme-mismatch': { title: '认证头与服务不匹配', explanation: '服务期望的认证头与实际发送的不同（例如需要 x-api-key 而不是 Authorization: Bearer，或 Azure 的 api-key）。', fix: '选择该服务使用的协议，或使用匹配的预设。' },
  'host-no-scheme': { title: '基础 URL 缺少 https://', explanation: '基础 URL 没有协议部分，无法按原样请求。', fix: '在基础 URL 前加上 https://。' },
  'host-double-scheme': { title: '协议写了两次', explanation: '基础 URL 以两个协议开头（https://https://…）。', fix: '去掉多余的协议。' },
  'host-insecure-http': { title: '对远程主机使用明文 http', explanation: '基础 URL 对非本机主机使用了 http://：密钥以明文传输，而且很多服务会重定向到 https 并在途中丢掉认证头。', fix: '改用 https://。' },
  'redirect-dropped-auth': { title: '重定向丢掉了密钥', explanation: '服务把请求重定向到了另一个来源，认证头没有带过去（fetch 跨来源时会移除它）。', fix: '把重定向的最终地址作为基础 URL（通常是 https 而不是 http，或带 www）。' },
  'path-missing-version': { title: '路径缺少版本段', explanation: '基础 URL 缺少此服务在接口前需要的版本段（例如 /v1）。', fix: '在基础 URL 中加上版本段。' },
  'path-duplicated': { title: '路径重复', explanation: '请求路径中有重复的段：/v1/v1、把完整接口地址当作基础 URL，或包含了协议自己会加的段（Anthropic 会自动加 /v1；Ollama 原生接口位于服务器根路径的 /api，不带 /v1）。', fix: '只使用服务商为此协议给出的基础 URL（已显示修正后的地址）。' },
  'model-case': { title: '模型名大小写不对', explanation: '服务提供此模型，但大小写不同；模型 ID 区分大小写。', fix: '按服务列出的准确大小写选择模型。' },
  'model-unknown': { title: '模型不可用', explanation: '此服务不为该密钥提供这个模型（拼写错误、已下线，或账号无权使用）。', fix: '从服务的模型列表中选择一个模型。' },
  'key-rejected': { title: '密钥被服务商拒绝', explanation: '密钥已正确发送，但服务商拒绝了它：已撤销、已过期、属于其他账号或项目，或缺少权限。', fix: '在服务商控制台创建新密钥，替换已保存的密钥。' },
  'key-wrong-region': { title: '密钥属于服务商的另一个区域', explanation: '此服务商按区域运营独立平台（例如中国大陆与国际），密钥只能在签发它的平台使用。这个密钥在这里被拒绝，但被另一个区域接受。', fix: '一键把基础 URL 切换到签发该密钥的区域，或在当前区域的平台上创建密钥。' },
  'key-env-override': { title: '配置了两个不同的密钥', explanation: '保存的密钥和环境变量同时存在且不同；当前生效的是保存的密钥。', fix: '删除其中一个，以免混淆实际使用的是哪个密钥。' },
  'quota-exhausted': { title: '额度或余额用尽', explanation: '服务商因账号没有剩余额度、点数或余额而拒绝了请求（HTTP 402 需要付款、429“额度不足”，或其他状态码下的相同含义）。', fix: '在服务商控制台检查账单和用量限制。' },
  'rate-limited': { title: '触发速率限制', explanation: '短时间内请求或令牌过多。', fix: '稍后重试（服务商可能会告知等待时间），或降低请求频率。' },
  'provider-overloaded': { title: '服务商过载', explanation: '服务商暂时过载或不可用。', fix: '稍后重试。' },
  'proxy-interference': { title: '中间有其他东西作了回应', explanation: '本应返回 JSON 的地方返回了 HTML 页面或意外内容：代理、网络认证门户、防火墙或 CDN 代替服务商作了回应。', fix: '检查代理和网络设置；在浏览器中打开基础 URL，看看是谁在回应。' },
  'network-unreachable': { title: '主机无法访问', explanation: '请求没有得到任何回应：域名无法解析、连接被拒绝或超时。', fix: '检查基础 URL、服务是否在运行（本地服务）以及网络或代理。' },
};

/** MCP 服务器故障原因目录的简体中文版本（英文原文由主进程提供）。测试会检查每个原因都有译文。 */
export const mcpCausesZhCN: Record<McpCauseId, { title: string; explanation: string; fix: string }> = {
  'mcp-command-not-found': { title: '找不到命令', explanation: '服务器的命令不在 Switchboard 启动它时使用的 PATH 中。桌面应用不一定拥有终端里的 PATH（nvm、Homebrew、~/.local/bin），因此可能找不到 npx 或 uvx。', fix: '使用命令的完整路径（在终端中运行 which npx），或把它安装到这里显示的 PATH 所包含的目录。' },
  'mcp-exited-at-start': { title: '服务器启动时退出', explanation: '进程启动后、应答 initialize 之前就退出了。它写到 stderr 的内容通常说明了原因（缺少包、缺少变量、崩溃）。', fix: '查看这里显示的服务器 stderr；在终端中运行同一命令，看它如何失败。' },
  'mcp-stdout-not-json': { title: '服务器向 stdout 写入了非 JSON 内容', explanation: '在 stdio 上，stdout 只能传输 JSON-RPC 消息，每行一条。这个服务器还在那里打印了其他文本（横幅、日志行）：这是服务器的缺陷，客户端可能丢失或误读消息。', fix: '请服务器作者把日志写到 stderr；在此之前，--quiet 之类的参数可能有帮助。' },
  'mcp-protocol-mismatch': { title: '协议版本不匹配', explanation: '服务器在 initialize 中回复了此客户端不支持的 MCP 协议版本。', fix: '更新服务器（或 Switchboard），使双方支持共同的协议版本。' },
  'mcp-initialize-timeout': { title: 'initialize 没有应答', explanation: '服务器已启动，但没有及时应答 initialize 请求。它可能在等待输入、首次运行时正在下载包，或者根本不是 MCP 服务器。', fix: '在终端中运行该命令看看它在做什么；如果首次运行需要下载，下载完成后再试。' },
  'mcp-token-missing': { title: '缺少令牌', explanation: '服务器返回 401，而请求没有携带 Authorization 请求头。', fix: '把服务器的令牌添加为请求头（通常是 Authorization: Bearer …）；它会加密保存。' },
  'mcp-token-rejected': { title: '令牌被拒绝', explanation: '请求携带了凭据，但服务器拒绝了它（401 或 403）：令牌错误、已过期或没有权限。', fix: '在服务器提供方那里创建新令牌，并替换已保存的请求头值。' },
  'mcp-oauth-required': { title: '服务器需要 OAuth 登录', explanation: '服务器返回 401 并指向一个 OAuth 授权服务器（WWW-Authenticate 中带有 resource_metadata）。Switchboard 目前还不支持 OAuth 登录。', fix: '如果服务器也接受个人访问令牌，把它添加为 Authorization 请求头；否则请使用支持 OAuth 登录的客户端。' },
  'mcp-wrong-path': { title: 'URL 路径错误', explanation: '服务器在这个 URL 上对 Streamable HTTP 和旧版 SSE 传输都返回 404（或 405）：该路径不是它的 MCP 端点。服务器通常在 /mcp 提供 Streamable HTTP，在 /sse 提供旧版传输。', fix: '在服务器文档中核对 URL；试试把 /sse 换成 /mcp，或者反过来。' },
  'mcp-unreachable': { title: '无法连接服务器', explanation: '这个地址没有响应：主机名无法解析、连接被拒绝或超时。', fix: '确认服务器正在运行，并且 URL（主机和端口）正确。' },
  'mcp-tools-failed': { title: '列出工具失败', explanation: '服务器完成了初始化，但对 tools/list 返回了错误，因此没有提供任何工具。', fix: '查看这里显示的错误，它来自服务器。' },
};
