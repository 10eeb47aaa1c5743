"""Every command of the command line, from `Skyvern`'s methods: written by `python -m tools.cli_index`, never by hand."""

# ruff: noqa: E501
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from skyvern_sync.cli._commands import CommandRow

# name: (method, summary, description, returns, parameters), each parameter
# (name, kind, required, positional, choices, help); see skyvern_sync.cli._commands.CommandRow
COMMANDS: dict[str, CommandRow] = {
    'run-task': (
        'run_task',
        'Start a browser task described in natural language; with --wait-for-completion, return it finished.',
        'Start a browser task described in natural language; with --wait-for-completion, return it finished.',
        'The run (run_id starts with tsk_): just created, or finished with status, output and failure_reason. A failed run is a status, not an error (with --wait: exit 1).',
        (
            ('prompt', 'text', True, False, (), 'what Skyvern should do, in natural language (required, not empty).'),
            ('url', 'text', False, False, (), 'the page to start on; without it Skyvern picks one from the prompt.'),
            ('engine', 'choice', False, False, ('anthropic-cua', 'openai-cua', 'skyvern-1.0', 'skyvern-2.0', 'skyvern-3.0', 'ui-tars', 'yutori-navigator'), "the AI engine. Default skyvern-2.0 as the reference says (the server's own default is skyvern-1.0)."),
            ('wait_for_completion', 'flag', False, False, (), 'block until the run is completed, failed, terminated, timed out or canceled.'),
            ('timeout', 'float', False, False, (), 'seconds to wait with --wait-for-completion (default 1800); past it exit 4 (the run goes on).'),
            ('max_steps', 'int', False, False, (), 'cap on AI steps (each is charged); the task fails beyond it. At least 1.'),
            ('data_extraction_schema', 'json', False, False, (), 'a JSON Schema (JSON) for the shape of output.'),
            ('browser_session_id', 'text', False, False, (), 'run in this persistent browser session (pbs_...).'),
            ('publish_workflow', 'flag', False, False, (), 'deprecated by the server; save a skyvern-2.0 task as a reusable workflow.'),
            ('proxy_location', 'choice-or-json', False, False, ('NONE', 'RESIDENTIAL', 'RESIDENTIAL_AR', 'RESIDENTIAL_AU', 'RESIDENTIAL_BR', 'RESIDENTIAL_CA', 'RESIDENTIAL_DE', 'RESIDENTIAL_ES', 'RESIDENTIAL_FR', 'RESIDENTIAL_GB', 'RESIDENTIAL_IE', 'RESIDENTIAL_IN', 'RESIDENTIAL_ISP', 'RESIDENTIAL_IT', 'RESIDENTIAL_JP', 'RESIDENTIAL_KR', 'RESIDENTIAL_MX', 'RESIDENTIAL_NL', 'RESIDENTIAL_NZ', 'RESIDENTIAL_PH', 'RESIDENTIAL_SA', 'RESIDENTIAL_TR', 'RESIDENTIAL_ZA', 'US-CA', 'US-FL', 'US-NY', 'US-TX', 'US-WA'), 'a value (RESIDENTIAL, RESIDENTIAL_GB, NONE...), or a JSON object such as {"url": ...} for a self-hosted proxy. Skyvern Cloud only.'),
            ('webhook_url', 'text', False, False, (), 'Skyvern POSTs the finished run here, signed (verify with skyvern_sync.webhooks).'),
            ('error_code_mapping', 'json', False, False, (), 'error code -> description of when the task should end with it.'),
            ('totp_identifier', 'text', False, False, (), 'the identifier you push 2FA codes under (send-totp-code).'),
            ('totp_url', 'text', False, False, (), 'a URL Skyvern POSTs to for a 2FA code (skyvern_sync.webhooks.parse_totp_request).'),
            ('title', 'text', False, False, (), 'a title for the run.'),
            ('user_agent', 'text', False, False, (), "sent as the x-user-agent header, for the browser's user agent."),
            ('extra_http_headers', 'json', False, False, (), 'headers the browser adds to its requests to websites.'),
            ('browser_address', 'text', False, False, (), 'the CDP address of a browser of yours to run in.'),
        ),
    ),
    'get-run': (
        'get_run',
        'Status and results of any run: a task (tsk_...) or a workflow run (wr_...).',
        'Status and results of any run: a task (tsk_...) or a workflow run (wr_...).',
        'The run, by its run_type: a task run (task_v1, task_v2, task_v3 and the computer-use engines), a workflow run (workflow_run: also login and download_files runs), or an unrecognized run for a run type this client does not know. All three have run_id, status, output, failure_reason.',
        (
            ('run_id', 'text', True, True, (), "the run's id, as run-task, run-workflow, login or download-files returned it."),
        ),
    ),
    'wait-for-run': (
        'wait_for_run',
        'Block until the run finishes: completed, failed, terminated, timed_out or canceled.',
        'Block until the run finishes: completed, failed, terminated, timed_out or canceled.\n\nPolls quickly at first (every 0.5 s), every 10 s from 20 s on, then every fortieth of the time waited\nso far (at most every 60 s), honouring Retry-After. A poll that fails for a passing reason (a 5xx, a dropped\nconnection, an unreadable answer) is tried again within the wait instead of ending it.',
        'The finished run, as get-run prints it.',
        (
            ('run_id', 'text', True, True, (), 'the run to wait for.'),
            ('timeout', 'float', False, False, (), 'seconds to wait in all (default 1800), polls included.'),
        ),
    ),
    'wait-for-runs': (
        'wait_for_runs',
        'Wait for many runs at once, on this one thread: each is polled on its own schedule.',
        'Wait for many runs at once, on this one thread: each is polled on its own schedule.',
        'Every run, finished, by id, in the order given.',
        (
            ('run_ids', 'ids', True, True, (), 'the runs to wait for (duplicates are waited for once).'),
            ('timeout', 'float', False, False, (), 'seconds to wait for all of them (default 1800).'),
        ),
    ),
    'cancel-run': (
        'cancel_run',
        'Cancel a running task or workflow run.',
        'Cancel a running task or workflow run. It ends canceled.',
        '',
        (
            ('run_id', 'text', True, True, (), 'the run to cancel.'),
        ),
    ),
    'get-run-timeline': (
        'get_run_timeline',
        'What happened in a run, step by step: its blocks and (task v2) its thoughts.',
        'What happened in a run, step by step: its blocks and (task v2) its thoughts.',
        'The timeline entries, each with type ("block" or "thought"), the block or thought, and nested children.',
        (
            ('run_id', 'text', True, True, (), 'a workflow run (wr_...) or a skyvern-2.0 task (tsk_v2_...).'),
        ),
    ),
    'get-run-artifacts': (
        'get_run_artifacts',
        'The files a run produced: screenshots, recordings, HTML, HAR, LLM prompts and answers.',
        'The files a run produced: screenshots, recordings, HTML, HAR, LLM prompts and answers.',
        'The artifacts, each with artifact_id, artifact_type, uri and signed_url. An unknown run gives an empty list: Skyvern 1.0.56 answers 200 [], not 404.',
        (
            ('run_id', 'text', True, True, (), 'the run.'),
            ('artifact_type', 'repeat', False, False, ('audio', 'browser_console_log', 'browser_session_action_log', 'download', 'eval_rubrics', 'eval_score', 'eval_trajectory', 'har', 'hashed_href_map', 'html', 'html_action', 'html_pre_submit', 'html_scrape', 'llm_prompt', 'llm_request', 'llm_response', 'llm_response_parsed', 'llm_response_rendered', 'pdf', 'recording', 'screenshot', 'screenshot_action', 'screenshot_final', 'screenshot_llm', 'screenshot_pre_submit', 'screenshot_proxy', 'script_file', 'session_replay', 'skyvern_log', 'skyvern_log_raw', 'step_archive', 'task_archive', 'trace', 'unknown', 'visible_elements_id_css_map', 'visible_elements_id_frame_map', 'visible_elements_id_xpath_map', 'visible_elements_tree', 'visible_elements_tree_in_prompt', 'visible_elements_tree_trimmed'), 'only artifacts of this value (e.g. screenshot_action), or of any of a list of them. Default: all.'),
        ),
    ),
    'get-artifact': (
        'get_artifact',
        'One artifact by id (Skyvern 1.0.56 serves it although its OpenAPI document no longer lists it).',
        'One artifact by id (Skyvern 1.0.56 serves it although its OpenAPI document no longer lists it).',
        '',
        (
            ('artifact_id', 'text', True, True, (), 'the artifact (a_...), from get-run-artifacts.'),
        ),
    ),
    'retry-run-webhook': (
        'retry_run_webhook',
        "Send a finished run's webhook again, to the webhook_url it was started with.",
        "Send a finished run's webhook again, to the webhook_url it was started with.",
        "What the delivery did: target_webhook_url, the receiver's status_code, the payload sent.",
        (
            ('run_id', 'text', True, True, (), 'the run.'),
        ),
    ),
    'login': (
        'login',
        'Log in to a website with a stored credential; with --wait-for-completion, return the run finished.',
        'Log in to a website with a stored credential; with --wait-for-completion, return the run finished.',
        'The login run: a workflow run (wr_...), just created or finished.',
        (
            ('credential_type', 'choice', True, False, ('azure_vault', 'bitwarden', '1password', 'skyvern'), 'where the secrets come from: skyvern (needs --credential-id), bitwarden (optional collection/item ids), 1password (needs vault and item ids) or azure_vault (needs vault name, username and password keys).'),
            ('url', 'text', False, False, (), 'the login page.'),
            ('credential_id', 'text', False, False, (), 'the Skyvern credential (cred_...), with skyvern.'),
            ('prompt', 'text', False, False, (), 'login instructions; Skyvern has its own by default.'),
            ('browser_session_id', 'text', False, False, (), 'log in inside this browser session, to keep the login for later runs.'),
            ('wait_for_completion', 'flag', False, False, (), 'block until the run finishes.'),
            ('timeout', 'float', False, False, (), 'seconds to wait with --wait-for-completion (default 1800).'),
            ('bitwarden_collection_id', 'text', False, False, (), 'the Bitwarden collection and item.'),
            ('bitwarden_item_id', 'text', False, False, (), 'the Bitwarden collection and item.'),
            ('onepassword_vault_id', 'text', False, False, (), 'the 1Password vault and item.'),
            ('onepassword_item_id', 'text', False, False, (), 'the 1Password vault and item.'),
            ('azure_vault_name', 'text', False, False, (), 'the Azure Key Vault and the names of its secrets.'),
            ('azure_vault_username_key', 'text', False, False, (), 'the Azure Key Vault and the names of its secrets.'),
            ('azure_vault_password_key', 'text', False, False, (), 'the Azure Key Vault and the names of its secrets.'),
            ('azure_vault_totp_secret_key', 'text', False, False, (), 'the Azure Key Vault and the names of its secrets.'),
        ),
    ),
    'download-files': (
        'download_files',
        'Start a run that navigates to files and downloads them.',
        'Start a run that navigates to files and downloads them. It returns at once (no --wait, as in the reference): wait-for-run RUN_ID for the downloaded_files.',
        'The download run: a workflow run (wr_...), just created.',
        (
            ('navigation_goal', 'text', True, False, (), 'what to download and how to get there, in natural language.'),
            ('url', 'text', False, False, (), 'the page to start on.'),
            ('browser_session_id', 'text', False, False, (), 'run in this browser session (pbs_...).'),
            ('browser_profile_id', 'text', False, False, (), 'load this saved browser profile (bp_...).'),
            ('download_suffix', 'text', False, False, (), "the downloaded file's name (may use {{ original_filename }}), e.g. .pdf."),
            ('download_timeout', 'float', False, False, (), 'seconds the download itself may take.'),
            ('max_steps_per_run', 'int', False, False, (), 'cap on AI steps. At least 1.'),
        ),
    ),
    'run-workflow': (
        'run_workflow',
        'Run a saved workflow; with --wait-for-completion, return the run finished.',
        'Run a saved workflow; with --wait-for-completion, return the run finished.',
        'The workflow run (wr_...), just created or finished.',
        (
            ('workflow_id', 'text', True, True, (), "the workflow's permanent id (wpid_...). Sent as agent_id, the name Skyvern 1.0.56 takes."),
            ('parameters', 'json', False, False, (), "values for the workflow's parameters, by key."),
            ('wait_for_completion', 'flag', False, False, (), 'block until the run finishes.'),
            ('timeout', 'float', False, False, (), 'seconds to wait with --wait-for-completion (default 1800); past it exit 4 (the run goes on).'),
            ('run_with', 'text', False, False, (), "code (the cached Playwright script) or agent (AI); default: the workflow's."),
            ('ai_fallback', 'flag', False, False, (), 'fall back to AI when the code fails.'),
            ('browser_session_id', 'text', False, False, (), 'run in this persistent browser session (pbs_...).'),
            ('browser_profile_id', 'text', False, False, (), 'load this saved browser profile (bp_...), e.g. to skip a login.'),
            ('proxy_location', 'choice-or-json', False, False, ('NONE', 'RESIDENTIAL', 'RESIDENTIAL_AR', 'RESIDENTIAL_AU', 'RESIDENTIAL_BR', 'RESIDENTIAL_CA', 'RESIDENTIAL_DE', 'RESIDENTIAL_ES', 'RESIDENTIAL_FR', 'RESIDENTIAL_GB', 'RESIDENTIAL_IE', 'RESIDENTIAL_IN', 'RESIDENTIAL_ISP', 'RESIDENTIAL_IT', 'RESIDENTIAL_JP', 'RESIDENTIAL_KR', 'RESIDENTIAL_MX', 'RESIDENTIAL_NL', 'RESIDENTIAL_NZ', 'RESIDENTIAL_PH', 'RESIDENTIAL_SA', 'RESIDENTIAL_TR', 'RESIDENTIAL_ZA', 'US-CA', 'US-FL', 'US-NY', 'US-TX', 'US-WA'), 'as for run-task.'),
            ('max_steps_override', 'int', False, False, (), 'cap on AI steps for this run (the x-max-steps-override header). At least 1.'),
            ('webhook_url', 'text', False, False, (), 'Skyvern POSTs the finished run here, signed (verify with skyvern_sync.webhooks).'),
            ('title', 'text', False, False, (), 'a title for this run.'),
            ('template', 'flag', False, False, (), 'run a workflow template.'),
            ('totp_identifier', 'text', False, False, (), 'the identifier you push 2FA codes under (send-totp-code).'),
            ('totp_url', 'text', False, False, (), 'a URL Skyvern POSTs to for a 2FA code.'),
            ('user_agent', 'text', False, False, (), 'sent as the x-user-agent header.'),
            ('extra_http_headers', 'json', False, False, (), 'headers the browser adds to its requests to websites.'),
            ('browser_address', 'text', False, False, (), 'the CDP address of a browser of yours to run in.'),
        ),
    ),
    'create-workflow': (
        'create_workflow',
        'Create a workflow from its definition: pass exactly one of --json-definition and --yaml-definition.',
        'Create a workflow from its definition: pass exactly one of --json-definition and --yaml-definition.',
        'The workflow: run it by its workflow_permanent_id (wpid_...).',
        (
            ('json_definition', 'json', False, False, (), "the definition as JSON: title, workflow_definition with parameters and blocks (see the reference's example). Checked against the server's schema before sending; a misfit names the JSON path ($.workflow_definition.blocks[0].label: is missing)."),
            ('yaml_definition', 'text', False, False, (), 'the same, as YAML text.'),
            ('folder_id', 'text', False, False, (), 'put the workflow in this folder.'),
        ),
    ),
    'get-workflows': (
        'get_workflows',
        "The organization's workflows, latest version of each, a page at a time.",
        "The organization's workflows, latest version of each, a page at a time.",
        '',
        (
            ('page', 'int', False, False, (), 'the page, from 1 (server default 1).'),
            ('page_size', 'int', False, False, (), 'workflows per page (server default 10).'),
            ('only_saved_tasks', 'flag', False, False, (), 'only tasks saved as workflows.'),
            ('only_workflows', 'flag', False, False, (), 'only workflows, not saved tasks.'),
            ('title', 'text', False, False, (), 'deprecated by the server: use --search-key.'),
            ('search_key', 'text', False, False, (), 'case-insensitive search in titles, folder names and parameter metadata.'),
            ('folder_id', 'text', False, False, (), 'only workflows in this folder.'),
            ('status', 'repeat', False, False, ('auto_generated', 'draft', 'importing', 'import_failed', 'published'), 'only workflows with this value (e.g. published), or any of a list of them.'),
        ),
    ),
    'get-workflow': (
        'get_workflow',
        'One workflow by its permanent id, at its latest version or at --version.',
        'One workflow by its permanent id, at its latest version or at --version.',
        '',
        (
            ('workflow_permanent_id', 'text', True, True, (), 'the workflow (wpid_...).'),
            ('version', 'int', False, False, (), 'a version number (from 1); default the latest.'),
            ('template', 'flag', False, False, (), 'get a workflow template.'),
        ),
    ),
    'get-workflow-versions': (
        'get_workflow_versions',
        'Every version of a workflow.',
        'Every version of a workflow.',
        'The versions. An unknown id gives an empty list: Skyvern 1.0.56 answers 200 [], not 404.',
        (
            ('workflow_permanent_id', 'text', True, True, (), 'the workflow (wpid_...).'),
            ('template', 'flag', False, False, (), 'versions of a workflow template.'),
        ),
    ),
    'update-workflow': (
        'update_workflow',
        'Save a new version of a workflow: pass exactly one of --json-definition and --yaml-definition.',
        'Save a new version of a workflow: pass exactly one of --json-definition and --yaml-definition.',
        'The new version.',
        (
            ('workflow_id', 'text', True, True, (), "the workflow's permanent id (wpid_...). The reference says the version id (w_...), but Skyvern 1.0.56 answers 404 for that and needs the permanent id."),
            ('json_definition', 'json', False, False, (), 'the new definition as JSON.'),
            ('yaml_definition', 'text', False, False, (), 'the new definition as YAML text.'),
        ),
    ),
    'delete-workflow': (
        'delete_workflow',
        'Delete a workflow, all its versions, by its permanent id (wpid_...).',
        'Delete a workflow, all its versions, by its permanent id (wpid_...).',
        '',
        (
            ('workflow_id', 'text', True, True, (), 'the permanent id. Skyvern 1.0.56 answers 200 and deletes nothing for a version id (w_...) or an unknown id, so a w_... id is refused here before anything is sent.'),
        ),
    ),
    'create-browser-session': (
        'create_browser_session',
        'Start a browser that stays alive between runs, keeping cookies and logins (chain runs in it).',
        'Start a browser that stays alive between runs, keeping cookies and logins (chain runs in it).',
        'The session: pass its browser_session_id (pbs_...) to runs; browser_address for CDP.',
        (
            ('timeout', 'int', False, False, (), "minutes the session lives, 5 to 1440 (default 60). Skyvern 1.0.56's own document says at most 240; the reference says 1440. Left out, the server decides."),
            ('proxy_location', 'choice-or-json', False, False, ('NONE', 'RESIDENTIAL', 'RESIDENTIAL_AR', 'RESIDENTIAL_AU', 'RESIDENTIAL_BR', 'RESIDENTIAL_CA', 'RESIDENTIAL_DE', 'RESIDENTIAL_ES', 'RESIDENTIAL_FR', 'RESIDENTIAL_GB', 'RESIDENTIAL_IE', 'RESIDENTIAL_IN', 'RESIDENTIAL_ISP', 'RESIDENTIAL_IT', 'RESIDENTIAL_JP', 'RESIDENTIAL_KR', 'RESIDENTIAL_MX', 'RESIDENTIAL_NL', 'RESIDENTIAL_NZ', 'RESIDENTIAL_PH', 'RESIDENTIAL_SA', 'RESIDENTIAL_TR', 'RESIDENTIAL_ZA', 'US-CA', 'US-FL', 'US-NY', 'US-TX', 'US-WA'), 'as for run-task.'),
            ('extensions', 'repeat', False, False, ('ad-blocker', 'captcha-solver'), 'browser extensions to install: ad-blocker, captcha-solver.'),
            ('browser_type', 'choice', False, False, ('chrome', 'msedge', 'stealth-chromium'), 'a value: chrome, msedge, stealth-chromium.'),
        ),
    ),
    'get-browser-session': (
        'get_browser_session',
        'One browser session: its status, browser_address, timeout and times.',
        'One browser session: its status, browser_address, timeout and times.',
        '',
        (
            ('browser_session_id', 'text', True, True, (), 'the session (pbs_...).'),
        ),
    ),
    'get-browser-sessions': (
        'get_browser_sessions',
        "The organization's active browser sessions.",
        "The organization's active browser sessions.",
        '',
        (
        ),
    ),
    'close-browser-session': (
        'close_browser_session',
        'Close a browser session; it cannot be used again.',
        'Close a browser session; it cannot be used again. Closing it twice is not an error.',
        '',
        (
            ('browser_session_id', 'text', True, True, (), 'the session (pbs_...).'),
        ),
    ),
    'create-browser-profile': (
        'create_browser_profile',
        'Save browser state (cookies, local storage) as a reusable profile: blank, or from a run or session.',
        'Save browser state (cookies, local storage) as a reusable profile: blank, or from a run or session.',
        'The profile: pass its browser_profile_id (bp_...) to run-workflow.',
        (
            ('name', 'text', True, False, (), "the profile's name (unique in the organization)."),
            ('description', 'text', False, False, (), 'what it is for.'),
            ('workflow_run_id', 'text', False, False, (), 'capture the browser of this workflow run (wr_...), which must have used --persist-browser-session. Archiving is asynchronous: right after the run a retry may be needed.'),
            ('browser_session_id', 'text', False, False, (), 'capture this browser session (pbs_...). Not together with workflow_run_id.'),
        ),
    ),
    'list-browser-profiles': (
        'list_browser_profiles',
        "The organization's browser profiles.",
        "The organization's browser profiles.",
        '',
        (
            ('include_deleted', 'flag', False, False, (), 'include deleted profiles (default: not).'),
        ),
    ),
    'get-browser-profile': (
        'get_browser_profile',
        'One browser profile.',
        'One browser profile.',
        '',
        (
            ('profile_id', 'text', True, True, (), 'the profile (bp_...).'),
        ),
    ),
    'delete-browser-profile': (
        'delete_browser_profile',
        'Delete a browser profile (a soft delete: list-browser-profiles --include-deleted still shows it).',
        'Delete a browser profile (a soft delete: list-browser-profiles --include-deleted still shows it).',
        '',
        (
            ('profile_id', 'text', True, True, (), 'the profile (bp_...).'),
        ),
    ),
    'create-credential': (
        'create_credential',
        'Store a credential in Skyvern, to log in with it by id (login --credential-id).',
        'Store a credential in Skyvern, to log in with it by id (login --credential-id).',
        'The credential (cred_...), without its secrets: the server never echoes a password.',
        (
            ('name', 'text', True, False, (), "the credential's name."),
            ('credential_type', 'choice', True, False, ('credit_card', 'password', 'secret'), 'password, credit_card or secret.'),
            ('credential', 'json', True, False, (), 'its fields. password: username, password, optional totp (a TOTP secret), totp_type, totp_identifier. credit_card: card_number, card_cvv, card_exp_month, card_exp_year, card_brand, card_holder_name. secret: secret_value, optional secret_label. Checked against its type before sending; no value appears in an error.'),
        ),
    ),
    'get-credentials': (
        'get_credentials',
        "The organization's credentials, a page at a time (without their secrets).",
        "The organization's credentials, a page at a time (without their secrets).",
        '',
        (
            ('page', 'int', False, False, (), 'the page, from 1 (server default 1).'),
            ('page_size', 'int', False, False, (), 'credentials per page (server default 10).'),
        ),
    ),
    'get-credential': (
        'get_credential',
        'One credential (without its secrets).',
        'One credential (without its secrets).',
        '',
        (
            ('credential_id', 'text', True, True, (), 'the credential (cred_...).'),
        ),
    ),
    'delete-credential': (
        'delete_credential',
        'Delete a credential.',
        'Delete a credential.',
        '',
        (
            ('credential_id', 'text', True, True, (), 'the credential (cred_...).'),
        ),
    ),
    'send-totp-code': (
        'send_totp_code',
        'Give Skyvern a 2FA code for a run that waits for one under --totp-identifier.',
        'Give Skyvern a 2FA code for a run that waits for one under --totp-identifier.',
        'The stored code (totp_code_id, the extracted code).',
        (
            ('totp_identifier', 'text', True, False, (), 'the identifier the run was started with (an email address, a phone number...).'),
            ('content', 'text', True, False, (), 'the code, or the whole email or SMS holding it (Skyvern extracts the code).'),
            ('task_id', 'text', False, False, (), 'the task the code is for.'),
            ('workflow_id', 'text', False, False, (), 'the workflow the code is for.'),
            ('workflow_run_id', 'text', False, False, (), 'the workflow run the code is for.'),
            ('source', 'text', False, False, (), 'where the code came from, e.g. email or sms.'),
            ('expired_at', 'datetime', False, False, (), 'when the code expires (without a time zone: UTC).'),
        ),
    ),
    'upload-file': (
        'upload_file',
        "Upload a file to Skyvern's storage, for runs to use as an input.",
        "Upload a file to Skyvern's storage, for runs to use as an input.",
        "s3uri (the reference's name; the wire's s3_uri is there too), presigned_url, file_id and expires_at.",
        (
            ('file', 'file', True, True, (), 'the file to upload; its name names the upload.'),
        ),
    ),
}
