from enum import StrEnum


class ArtifactType(StrEnum):
    AUDIO = "audio"
    BROWSER_CONSOLE_LOG = "browser_console_log"
    BROWSER_SESSION_ACTION_LOG = "browser_session_action_log"
    DOWNLOAD = "download"
    EVAL_RUBRICS = "eval_rubrics"
    EVAL_SCORE = "eval_score"
    EVAL_TRAJECTORY = "eval_trajectory"
    HAR = "har"
    HASHED_HREF_MAP = "hashed_href_map"
    HTML = "html"
    HTML_ACTION = "html_action"
    HTML_PRE_SUBMIT = "html_pre_submit"
    HTML_SCRAPE = "html_scrape"
    LLM_PROMPT = "llm_prompt"
    LLM_REQUEST = "llm_request"
    LLM_RESPONSE = "llm_response"
    LLM_RESPONSE_PARSED = "llm_response_parsed"
    LLM_RESPONSE_RENDERED = "llm_response_rendered"
    PDF = "pdf"
    RECORDING = "recording"
    SCREENSHOT = "screenshot"
    SCREENSHOT_ACTION = "screenshot_action"
    SCREENSHOT_FINAL = "screenshot_final"
    SCREENSHOT_LLM = "screenshot_llm"
    SCREENSHOT_PRE_SUBMIT = "screenshot_pre_submit"
    SCREENSHOT_PROXY = "screenshot_proxy"
    SCRIPT_FILE = "script_file"
    SESSION_REPLAY = "session_replay"
    SKYVERN_LOG = "skyvern_log"
    SKYVERN_LOG_RAW = "skyvern_log_raw"
    STEP_ARCHIVE = "step_archive"
    TASK_ARCHIVE = "task_archive"
    TRACE = "trace"
    UNKNOWN = "unknown"
    VISIBLE_ELEMENTS_ID_CSS_MAP = "visible_elements_id_css_map"
    VISIBLE_ELEMENTS_ID_FRAME_MAP = "visible_elements_id_frame_map"
    VISIBLE_ELEMENTS_ID_XPATH_MAP = "visible_elements_id_xpath_map"
    VISIBLE_ELEMENTS_TREE = "visible_elements_tree"
    VISIBLE_ELEMENTS_TREE_IN_PROMPT = "visible_elements_tree_in_prompt"
    VISIBLE_ELEMENTS_TREE_TRIMMED = "visible_elements_tree_trimmed"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ArtifactType | None":
        # A value a newer server sends: keep it (it round-trips) instead of failing the whole parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
