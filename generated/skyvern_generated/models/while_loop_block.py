from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_block import ActionBlock
    from ..models.code_block import CodeBlock
    from ..models.conditional_block import ConditionalBlock
    from ..models.data_export_block import DataExportBlock
    from ..models.download_to_s3_block import DownloadToS3Block
    from ..models.email_inbox_block import EmailInboxBlock
    from ..models.extraction_block import ExtractionBlock
    from ..models.file_download_block import FileDownloadBlock
    from ..models.file_parser_block import FileParserBlock
    from ..models.file_upload_block import FileUploadBlock
    from ..models.for_loop_block import ForLoopBlock
    from ..models.google_sheets_read_block import GoogleSheetsReadBlock
    from ..models.google_sheets_write_block import GoogleSheetsWriteBlock
    from ..models.http_request_block import HttpRequestBlock
    from ..models.human_interaction_block import HumanInteractionBlock
    from ..models.jinja_branch_criteria import JinjaBranchCriteria
    from ..models.login_block import LoginBlock
    from ..models.navigation_block import NavigationBlock
    from ..models.output_parameter import OutputParameter
    from ..models.pdf_fill_block import PdfFillBlock
    from ..models.pdf_parser_block import PDFParserBlock
    from ..models.print_page_block import PrintPageBlock
    from ..models.prompt_branch_criteria import PromptBranchCriteria
    from ..models.send_email_block import SendEmailBlock
    from ..models.split_pdf_block import SplitPdfBlock
    from ..models.task_block import TaskBlock
    from ..models.task_v2_block import TaskV2Block
    from ..models.terminate_block import TerminateBlock
    from ..models.text_prompt_block import TextPromptBlock
    from ..models.unrecognized import Unrecognized
    from ..models.upload_to_s3_block import UploadToS3Block
    from ..models.url_block import UrlBlock
    from ..models.validation_block import ValidationBlock
    from ..models.wait_block import WaitBlock
    from ..models.web_search_block import WebSearchBlock
    from ..models.workflow_trigger_block import WorkflowTriggerBlock


T = TypeVar("T", bound="WhileLoopBlock")


@_attrs_define
class WhileLoopBlock:
    """Loop block driven by a runtime condition. Iterates while ``condition`` evaluates truthy.

    Top-of-loop semantics: the condition is evaluated *before* each iteration (including the
    first). If the condition is false on the first check, the body never runs and the block
    returns success with an empty output list.

    Safety: the loop is capped at ``DEFAULT_MAX_LOOP_ITERATIONS`` (1000). Reaching the cap is
    treated as a failure so that a misbehaving condition can never spin forever.

    """

    label: str
    """ Author-facing identifier for a block; unique within a workflow. """
    output_parameter: OutputParameter
    loop_blocks: list[
        ActionBlock
        | CodeBlock
        | ConditionalBlock
        | DataExportBlock
        | DownloadToS3Block
        | EmailInboxBlock
        | ExtractionBlock
        | FileDownloadBlock
        | FileParserBlock
        | FileUploadBlock
        | ForLoopBlock
        | GoogleSheetsReadBlock
        | GoogleSheetsWriteBlock
        | HttpRequestBlock
        | HumanInteractionBlock
        | LoginBlock
        | NavigationBlock
        | PdfFillBlock
        | PDFParserBlock
        | PrintPageBlock
        | SendEmailBlock
        | SplitPdfBlock
        | TaskBlock
        | TaskV2Block
        | TerminateBlock
        | TextPromptBlock
        | Unrecognized
        | UploadToS3Block
        | UrlBlock
        | ValidationBlock
        | WaitBlock
        | WebSearchBlock
        | WhileLoopBlock
        | WorkflowTriggerBlock
    ]
    condition: JinjaBranchCriteria | PromptBranchCriteria | Unrecognized
    next_block_label: None | str | Unset = UNSET
    """ Optional pointer to the next block label when constructing a DAG. Defaults to sequential order when omitted.
    """
    block_type: Literal["while_loop"] | Unset = "while_loop"
    continue_on_failure: bool | Unset = False
    model: Any | None | Unset = UNSET
    disable_cache: bool | Unset = False
    ignore_workflow_system_prompt: bool | Unset = False
    next_loop_on_failure: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.action_block import ActionBlock
        from ..models.code_block import CodeBlock
        from ..models.conditional_block import ConditionalBlock
        from ..models.data_export_block import DataExportBlock
        from ..models.download_to_s3_block import DownloadToS3Block
        from ..models.email_inbox_block import EmailInboxBlock
        from ..models.extraction_block import ExtractionBlock
        from ..models.file_download_block import FileDownloadBlock
        from ..models.file_parser_block import FileParserBlock
        from ..models.file_upload_block import FileUploadBlock
        from ..models.for_loop_block import ForLoopBlock
        from ..models.google_sheets_read_block import GoogleSheetsReadBlock
        from ..models.google_sheets_write_block import GoogleSheetsWriteBlock
        from ..models.http_request_block import HttpRequestBlock
        from ..models.human_interaction_block import HumanInteractionBlock
        from ..models.jinja_branch_criteria import JinjaBranchCriteria
        from ..models.login_block import LoginBlock
        from ..models.navigation_block import NavigationBlock
        from ..models.pdf_fill_block import PdfFillBlock
        from ..models.pdf_parser_block import PDFParserBlock
        from ..models.print_page_block import PrintPageBlock
        from ..models.prompt_branch_criteria import PromptBranchCriteria
        from ..models.send_email_block import SendEmailBlock
        from ..models.split_pdf_block import SplitPdfBlock
        from ..models.task_block import TaskBlock
        from ..models.task_v2_block import TaskV2Block
        from ..models.terminate_block import TerminateBlock
        from ..models.text_prompt_block import TextPromptBlock
        from ..models.upload_to_s3_block import UploadToS3Block
        from ..models.url_block import UrlBlock
        from ..models.validation_block import ValidationBlock
        from ..models.wait_block import WaitBlock
        from ..models.web_search_block import WebSearchBlock
        from ..models.workflow_trigger_block import WorkflowTriggerBlock

        label = self.label

        output_parameter = self.output_parameter.to_dict()

        loop_blocks = []
        for loop_blocks_item_data in self.loop_blocks:
            loop_blocks_item: dict[str, Any]
            if (
                isinstance(loop_blocks_item_data, ConditionalBlock)
                or isinstance(loop_blocks_item_data, ForLoopBlock)
                or isinstance(loop_blocks_item_data, WhileLoopBlock)
                or isinstance(loop_blocks_item_data, TaskBlock)
                or isinstance(loop_blocks_item_data, CodeBlock)
                or isinstance(loop_blocks_item_data, TextPromptBlock)
                or isinstance(loop_blocks_item_data, DownloadToS3Block)
                or isinstance(loop_blocks_item_data, UploadToS3Block)
                or isinstance(loop_blocks_item_data, SendEmailBlock)
                or isinstance(loop_blocks_item_data, FileParserBlock)
                or isinstance(loop_blocks_item_data, PDFParserBlock)
                or isinstance(loop_blocks_item_data, ValidationBlock)
                or isinstance(loop_blocks_item_data, ActionBlock)
                or isinstance(loop_blocks_item_data, NavigationBlock)
                or isinstance(loop_blocks_item_data, ExtractionBlock)
                or isinstance(loop_blocks_item_data, LoginBlock)
                or isinstance(loop_blocks_item_data, WaitBlock)
                or isinstance(loop_blocks_item_data, HumanInteractionBlock)
                or isinstance(loop_blocks_item_data, FileDownloadBlock)
                or isinstance(loop_blocks_item_data, UrlBlock)
                or isinstance(loop_blocks_item_data, TaskV2Block)
                or isinstance(loop_blocks_item_data, FileUploadBlock)
                or isinstance(loop_blocks_item_data, HttpRequestBlock)
                or isinstance(loop_blocks_item_data, WebSearchBlock)
                or isinstance(loop_blocks_item_data, PrintPageBlock)
                or isinstance(loop_blocks_item_data, WorkflowTriggerBlock)
                or isinstance(loop_blocks_item_data, GoogleSheetsReadBlock)
                or isinstance(loop_blocks_item_data, EmailInboxBlock)
                or isinstance(loop_blocks_item_data, GoogleSheetsWriteBlock)
                or isinstance(loop_blocks_item_data, PdfFillBlock)
                or isinstance(loop_blocks_item_data, SplitPdfBlock)
                or isinstance(loop_blocks_item_data, DataExportBlock)
                or isinstance(loop_blocks_item_data, TerminateBlock)
            ):
                loop_blocks_item = loop_blocks_item_data.to_dict()
            else:
                loop_blocks_item = loop_blocks_item_data.to_dict()

            loop_blocks.append(loop_blocks_item)

        condition: dict[str, Any]
        if isinstance(self.condition, JinjaBranchCriteria) or isinstance(
            self.condition, PromptBranchCriteria
        ):
            condition = self.condition.to_dict()
        else:
            condition = self.condition.to_dict()

        next_block_label: None | str | Unset
        if isinstance(self.next_block_label, Unset):
            next_block_label = UNSET
        else:
            next_block_label = self.next_block_label

        block_type = self.block_type

        continue_on_failure = self.continue_on_failure

        model: Any | None | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        disable_cache = self.disable_cache

        ignore_workflow_system_prompt = self.ignore_workflow_system_prompt

        next_loop_on_failure = self.next_loop_on_failure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "output_parameter": output_parameter,
                "loop_blocks": loop_blocks,
                "condition": condition,
            }
        )
        if next_block_label is not UNSET:
            field_dict["next_block_label"] = next_block_label
        if block_type is not UNSET:
            field_dict["block_type"] = block_type
        if continue_on_failure is not UNSET:
            field_dict["continue_on_failure"] = continue_on_failure
        if model is not UNSET:
            field_dict["model"] = model
        if disable_cache is not UNSET:
            field_dict["disable_cache"] = disable_cache
        if ignore_workflow_system_prompt is not UNSET:
            field_dict["ignore_workflow_system_prompt"] = ignore_workflow_system_prompt
        if next_loop_on_failure is not UNSET:
            field_dict["next_loop_on_failure"] = next_loop_on_failure

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.action_block import ActionBlock
        from ..models.code_block import CodeBlock
        from ..models.conditional_block import ConditionalBlock
        from ..models.data_export_block import DataExportBlock
        from ..models.download_to_s3_block import DownloadToS3Block
        from ..models.email_inbox_block import EmailInboxBlock
        from ..models.extraction_block import ExtractionBlock
        from ..models.file_download_block import FileDownloadBlock
        from ..models.file_parser_block import FileParserBlock
        from ..models.file_upload_block import FileUploadBlock
        from ..models.for_loop_block import ForLoopBlock
        from ..models.google_sheets_read_block import GoogleSheetsReadBlock
        from ..models.google_sheets_write_block import GoogleSheetsWriteBlock
        from ..models.http_request_block import HttpRequestBlock
        from ..models.human_interaction_block import HumanInteractionBlock
        from ..models.jinja_branch_criteria import JinjaBranchCriteria
        from ..models.login_block import LoginBlock
        from ..models.navigation_block import NavigationBlock
        from ..models.output_parameter import OutputParameter
        from ..models.pdf_fill_block import PdfFillBlock
        from ..models.pdf_parser_block import PDFParserBlock
        from ..models.print_page_block import PrintPageBlock
        from ..models.prompt_branch_criteria import PromptBranchCriteria
        from ..models.send_email_block import SendEmailBlock
        from ..models.split_pdf_block import SplitPdfBlock
        from ..models.task_block import TaskBlock
        from ..models.task_v2_block import TaskV2Block
        from ..models.terminate_block import TerminateBlock
        from ..models.text_prompt_block import TextPromptBlock
        from ..models.unrecognized import Unrecognized
        from ..models.upload_to_s3_block import UploadToS3Block
        from ..models.url_block import UrlBlock
        from ..models.validation_block import ValidationBlock
        from ..models.wait_block import WaitBlock
        from ..models.web_search_block import WebSearchBlock
        from ..models.workflow_trigger_block import WorkflowTriggerBlock

        d = dict(src_dict)
        label = d.pop("label")

        output_parameter = OutputParameter.from_dict(d.pop("output_parameter"))

        loop_blocks = []
        _loop_blocks = d.pop("loop_blocks")
        for loop_blocks_item_data in _loop_blocks:

            def _parse_loop_blocks_item(
                data: object,
            ) -> (
                ActionBlock
                | CodeBlock
                | ConditionalBlock
                | DataExportBlock
                | DownloadToS3Block
                | EmailInboxBlock
                | ExtractionBlock
                | FileDownloadBlock
                | FileParserBlock
                | FileUploadBlock
                | ForLoopBlock
                | GoogleSheetsReadBlock
                | GoogleSheetsWriteBlock
                | HttpRequestBlock
                | HumanInteractionBlock
                | LoginBlock
                | NavigationBlock
                | PdfFillBlock
                | PDFParserBlock
                | PrintPageBlock
                | SendEmailBlock
                | SplitPdfBlock
                | TaskBlock
                | TaskV2Block
                | TerminateBlock
                | TextPromptBlock
                | Unrecognized
                | UploadToS3Block
                | UrlBlock
                | ValidationBlock
                | WaitBlock
                | WebSearchBlock
                | WhileLoopBlock
                | WorkflowTriggerBlock
            ):
                if isinstance(data, dict):
                    tag = data.get("block_type")
                    if tag == "conditional":
                        loop_blocks_item_type_0 = ConditionalBlock.from_dict(data)

                        return loop_blocks_item_type_0
                    if tag == "for_loop":
                        loop_blocks_item_type_1 = ForLoopBlock.from_dict(data)

                        return loop_blocks_item_type_1
                    if tag == "while_loop":
                        loop_blocks_item_type_2 = WhileLoopBlock.from_dict(data)

                        return loop_blocks_item_type_2
                    if tag == "task":
                        loop_blocks_item_type_3 = TaskBlock.from_dict(data)

                        return loop_blocks_item_type_3
                    if tag == "code":
                        loop_blocks_item_type_4 = CodeBlock.from_dict(data)

                        return loop_blocks_item_type_4
                    if tag == "text_prompt":
                        loop_blocks_item_type_5 = TextPromptBlock.from_dict(data)

                        return loop_blocks_item_type_5
                    if tag == "download_to_s3":
                        loop_blocks_item_type_6 = DownloadToS3Block.from_dict(data)

                        return loop_blocks_item_type_6
                    if tag == "upload_to_s3":
                        loop_blocks_item_type_7 = UploadToS3Block.from_dict(data)

                        return loop_blocks_item_type_7
                    if tag == "send_email":
                        loop_blocks_item_type_8 = SendEmailBlock.from_dict(data)

                        return loop_blocks_item_type_8
                    if tag == "file_url_parser":
                        loop_blocks_item_type_9 = FileParserBlock.from_dict(data)

                        return loop_blocks_item_type_9
                    if tag == "pdf_parser":
                        loop_blocks_item_type_10 = PDFParserBlock.from_dict(data)

                        return loop_blocks_item_type_10
                    if tag == "validation":
                        loop_blocks_item_type_11 = ValidationBlock.from_dict(data)

                        return loop_blocks_item_type_11
                    if tag == "action":
                        loop_blocks_item_type_12 = ActionBlock.from_dict(data)

                        return loop_blocks_item_type_12
                    if tag == "navigation":
                        loop_blocks_item_type_13 = NavigationBlock.from_dict(data)

                        return loop_blocks_item_type_13
                    if tag == "extraction":
                        loop_blocks_item_type_14 = ExtractionBlock.from_dict(data)

                        return loop_blocks_item_type_14
                    if tag == "login":
                        loop_blocks_item_type_15 = LoginBlock.from_dict(data)

                        return loop_blocks_item_type_15
                    if tag == "wait":
                        loop_blocks_item_type_16 = WaitBlock.from_dict(data)

                        return loop_blocks_item_type_16
                    if tag == "human_interaction":
                        loop_blocks_item_type_17 = HumanInteractionBlock.from_dict(data)

                        return loop_blocks_item_type_17
                    if tag == "file_download":
                        loop_blocks_item_type_18 = FileDownloadBlock.from_dict(data)

                        return loop_blocks_item_type_18
                    if tag == "goto_url":
                        loop_blocks_item_type_19 = UrlBlock.from_dict(data)

                        return loop_blocks_item_type_19
                    if tag == "task_v2":
                        loop_blocks_item_type_20 = TaskV2Block.from_dict(data)

                        return loop_blocks_item_type_20
                    if tag == "file_upload":
                        loop_blocks_item_type_21 = FileUploadBlock.from_dict(data)

                        return loop_blocks_item_type_21
                    if tag == "http_request":
                        loop_blocks_item_type_22 = HttpRequestBlock.from_dict(data)

                        return loop_blocks_item_type_22
                    if tag == "web_search":
                        loop_blocks_item_type_23 = WebSearchBlock.from_dict(data)

                        return loop_blocks_item_type_23
                    if tag == "print_page":
                        loop_blocks_item_type_24 = PrintPageBlock.from_dict(data)

                        return loop_blocks_item_type_24
                    if tag == "workflow_trigger":
                        loop_blocks_item_type_25 = WorkflowTriggerBlock.from_dict(data)

                        return loop_blocks_item_type_25
                    if tag == "google_sheets_read":
                        loop_blocks_item_type_26 = GoogleSheetsReadBlock.from_dict(data)

                        return loop_blocks_item_type_26
                    if tag == "email_inbox":
                        loop_blocks_item_type_27 = EmailInboxBlock.from_dict(data)

                        return loop_blocks_item_type_27
                    if tag == "google_sheets_write":
                        loop_blocks_item_type_28 = GoogleSheetsWriteBlock.from_dict(
                            data
                        )

                        return loop_blocks_item_type_28
                    if tag == "pdf_fill":
                        loop_blocks_item_type_29 = PdfFillBlock.from_dict(data)

                        return loop_blocks_item_type_29
                    if tag == "split_pdf":
                        loop_blocks_item_type_30 = SplitPdfBlock.from_dict(data)

                        return loop_blocks_item_type_30
                    if tag == "data_export":
                        loop_blocks_item_type_31 = DataExportBlock.from_dict(data)

                        return loop_blocks_item_type_31
                    if tag == "terminate":
                        loop_blocks_item_type_32 = TerminateBlock.from_dict(data)

                        return loop_blocks_item_type_32
                if not isinstance(data, dict):
                    raise TypeError()
                loop_blocks_item_type_33 = Unrecognized.from_dict(data)

                return loop_blocks_item_type_33

            loop_blocks_item = _parse_loop_blocks_item(loop_blocks_item_data)

            loop_blocks.append(loop_blocks_item)

        def _parse_condition(
            data: object,
        ) -> JinjaBranchCriteria | PromptBranchCriteria | Unrecognized:
            if isinstance(data, dict):
                tag = data.get("criteria_type")
                if tag == "jinja2_template":
                    condition_type_0 = JinjaBranchCriteria.from_dict(data)

                    return condition_type_0
                if tag == "prompt":
                    condition_type_1 = PromptBranchCriteria.from_dict(data)

                    return condition_type_1
            if not isinstance(data, dict):
                raise TypeError()
            condition_type_2 = Unrecognized.from_dict(data)

            return condition_type_2

        condition = _parse_condition(d.pop("condition"))

        def _parse_next_block_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_block_label = _parse_next_block_label(d.pop("next_block_label", UNSET))

        block_type = cast(Literal["while_loop"] | Unset, d.pop("block_type", UNSET))
        if block_type != "while_loop" and not isinstance(block_type, Unset):
            raise ValueError(
                f"block_type must match const 'while_loop', got '{block_type}'"
            )

        continue_on_failure = d.pop("continue_on_failure", UNSET)

        def _parse_model(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        disable_cache = d.pop("disable_cache", UNSET)

        ignore_workflow_system_prompt = d.pop("ignore_workflow_system_prompt", UNSET)

        next_loop_on_failure = d.pop("next_loop_on_failure", UNSET)

        while_loop_block = cls(
            label=label,
            output_parameter=output_parameter,
            loop_blocks=loop_blocks,
            condition=condition,
            next_block_label=next_block_label,
            block_type=block_type,
            continue_on_failure=continue_on_failure,
            model=model,
            disable_cache=disable_cache,
            ignore_workflow_system_prompt=ignore_workflow_system_prompt,
            next_loop_on_failure=next_loop_on_failure,
        )

        while_loop_block.additional_properties = d
        return while_loop_block

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
