"""AWS CDK v2 app: REST API -> Lambda -> DynamoDB, the same service as the CloudFormation template.

Run with `cdk synth` / `cdk deploy -c stage=prod`. The CDK CLI fills CDK_DEFAULT_ACCOUNT and
CDK_DEFAULT_REGION from your credentials; set CDK_DEPLOY_ACCOUNT / CDK_DEPLOY_REGION to override them.
"""

import os

from aws_cdk import App, Duration, Environment, RemovalPolicy, Stack
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from constructs import Construct

HANDLER_SOURCE = """
import json
import os
import uuid
from decimal import Decimal

import boto3

TABLE = boto3.resource("dynamodb").Table(os.environ["TABLE_NAME"])


def handler(event, context):
    order = json.loads(event.get("body") or "{}", parse_float=Decimal)
    order["order_id"] = str(uuid.uuid4())
    TABLE.put_item(Item=order)
    return {"statusCode": 201, "body": json.dumps({"order_id": order["order_id"]})}
"""


class ApiStack(Stack):
    """One table, one function, one API; the table survives stack deletion in prod."""

    def __init__(self, scope: Construct, construct_id: str, *, stage: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        is_prod = stage == "prod"

        table = dynamodb.Table(
            self,
            "OrdersTable",
            partition_key=dynamodb.Attribute(name="order_id", type=dynamodb.AttributeType.STRING),
            billing_mode=dynamodb.BillingMode.PAY_PER_REQUEST,
            point_in_time_recovery_specification=dynamodb.PointInTimeRecoverySpecification(
                point_in_time_recovery_enabled=True,
            ),
            # DESTROY is for throwaway dev stacks only; never let a prod table go with its stack.
            removal_policy=RemovalPolicy.RETAIN if is_prod else RemovalPolicy.DESTROY,
        )

        handler = lambda_.Function(
            self,
            "ApiHandler",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_inline(HANDLER_SOURCE),
            memory_size=256,
            timeout=Duration.seconds(10),
            environment={"TABLE_NAME": table.table_name},
            log_group=logs.LogGroup(
                self,
                "ApiHandlerLogs",
                retention=logs.RetentionDays.ONE_MONTH,
                removal_policy=RemovalPolicy.DESTROY,
            ),
        )

        # One line instead of a hand-written IAM policy: least privilege on this table only.
        table.grant_write_data(handler)

        api = apigw.RestApi(
            self,
            "OrdersApi",
            deploy_options=apigw.StageOptions(stage_name=stage),
            cloud_watch_role=False,  # the API Gateway logging role is account-wide: manage it once, elsewhere
        )
        orders = api.root.add_resource("orders")
        orders.add_method("POST", apigw.LambdaIntegration(handler))


app = App()
stage = app.node.try_get_context("stage") or "dev"
ApiStack(
    app,
    f"OrdersApi-{stage}",
    stage=stage,
    env=Environment(
        account=os.environ.get("CDK_DEPLOY_ACCOUNT", os.environ.get("CDK_DEFAULT_ACCOUNT")),
        region=os.environ.get("CDK_DEPLOY_REGION", os.environ.get("CDK_DEFAULT_REGION")),
    ),
)
app.synth()
